// The aspects of a mention as small chips: the aspect's name in the UI language, coloured by that aspect's
// own sentiment (with the word in the tooltip and for screen readers: colour alone is not enough). Text only.
import type { MentionAspect } from '../../shared/aspects/aspect-ids.ts';
import { aspectsEn } from '../i18n/dictionary-aspects.ts';
import type { MessageKey, Translator } from '../i18n/dictionary.ts';

/** An aspect's name in the UI language; a brand's own aspect as the config spells it. */
export function aspectName(aspect: string, t: Translator): string {
  const key = `aspect.${aspect}`;
  return key in aspectsEn ? t(key as MessageKey) : aspect;
}

/** "Billing: negative · Staff: positive", for tooltips and plain-text places. */
export function aspectsText(aspects: readonly MentionAspect[], t: Translator): string {
  return aspects.map((a) => t('aspects.chip', { aspect: aspectName(a.aspect, t), sentiment: t(`sentiment.${a.sentiment}`) })).join(' · ');
}

export function AspectChips({ aspects, t, class: extra }: { aspects?: readonly MentionAspect[] | undefined; t: Translator; class?: string }) {
  if (!aspects?.length) return null;
  return (
    <span class={`vigia-aspects${extra ? ` ${extra}` : ''}`} aria-label={t('aspects.label')} data-aspects>
      {aspects.map((a) => {
        const label = t('aspects.chip', { aspect: aspectName(a.aspect, t), sentiment: t(`sentiment.${a.sentiment}`) });
        return (
          <span key={a.aspect} class={`vigia-aspect vigia-aspect--${a.sentiment}`} data-aspect={a.aspect} data-aspect-sentiment={a.sentiment} title={a.cue ? `${label} — “${a.cue}”` : label} aria-label={label}>
            {aspectName(a.aspect, t)}
          </span>
        );
      })}
    </span>
  );
}

// One mention as the popup and the overlay show it; all of its text is rendered as text.
import type { ComponentChildren } from 'preact';
import type { Translator } from '../i18n/dictionary.ts';
import type { UiLanguage } from '../i18n/language.ts';
import type { MentionSummary } from '../mention-summary.ts';
import { formatAge, formatDateTime } from './format-age.ts';
import { SentimentChip } from './sentiment-chip.tsx';
import { AspectChips } from './aspect-chips.tsx';

interface MentionCardProps {
  mention: MentionSummary;
  lang: UiLanguage;
  t: Translator;
  /** Epoch ms the age is measured at. */
  now: number;
  /** Extra controls under the text (triage buttons in the popup). */
  children?: ComponentChildren;
}

export function MentionCard({ mention, lang, t, now, children }: MentionCardProps) {
  const age = formatAge(mention.recency, now, lang, t('age.now'));
  return (
    <article class="vigia-mention" data-mention-id={mention.id} data-sentiment={mention.sentiment}>
      <header class="vigia-mention__meta">
        <SentimentChip sentiment={mention.sentiment} score={mention.score} t={t} />
        <span class="vigia-mention__platform">{mention.platform}</span>
        {mention.author !== undefined && <span class="vigia-mention__author">{t('mention.by', { author: mention.author })}</span>}
        <time class="vigia-mention__age" dateTime={mention.recency} title={age ? formatDateTime(mention.recency, lang) : undefined}>
          {age ?? t('mention.unknownDate')}
        </time>
      </header>
      {mention.title !== undefined && <p class="vigia-mention__title">{mention.title}</p>}
      <p class="vigia-mention__excerpt">{mention.excerpt}</p>
      <AspectChips aspects={mention.aspects} t={t} />
      <footer class="vigia-mention__footer">
        {mention.url !== undefined && /^https?:\/\//i.test(mention.url) && (
          <a class="vigia-mention__link" href={mention.url} target="_blank" rel="noopener noreferrer">
            {t('mention.open')}
          </a>
        )}
        {children}
      </footer>
    </article>
  );
}

// The customer's moments, newest first: channel icon, date, sentiment colour, moment-of-truth chip,
// summary and link. Every collected string is rendered as text.
import type { TimelineEntry } from '../../../shared/customer/customer-journey-view.ts';
import type { Translator } from '../../i18n/dictionary.ts';
import type { UiLanguage } from '../../i18n/language.ts';
import { SentimentChip } from '../../ui/sentiment-chip.tsx';
import { AspectChips } from '../../ui/aspect-chips.tsx';
import { CHANNEL_ICONS, formatShortDate } from './overlay-format.ts';

const bucketOf = (entry: TimelineEntry) => (entry.sentiment && 'label' in entry.sentiment ? entry.sentiment.label : 'unscored');
const isWebLink = (url: string | undefined): url is string => url !== undefined && /^https?:\/\//i.test(url);

function TimelineItem({ entry, t, lang, current }: { entry: TimelineEntry; t: Translator; lang: UiLanguage; current: boolean }) {
  const sentiment = bucketOf(entry);
  const channel = t(`channel.${entry.channel}`);
  const date = formatShortDate(entry.at, lang);
  return (
    <li
      class={`vigia-timeline__entry vigia-timeline__entry--${sentiment}${current ? ' vigia-timeline__entry--current' : ''}`}
      data-timeline-id={entry.id}
      data-kind={entry.kind}
      data-channel={entry.channel}
      data-sentiment={sentiment}
      data-mention-id={entry.kind === 'mention' ? entry.id : undefined}
    >
      <span class="vigia-timeline__icon" role="img" aria-label={channel} title={channel}>
        {CHANNEL_ICONS[entry.channel]}
      </span>
      <div class="vigia-timeline__body">
        <p class="vigia-timeline__meta">
          <time dateTime={entry.at}>{date ?? t('mention.unknownDate')}</time>
          <span class="vigia-timeline__channel">{entry.platform ?? channel}</span>
          {entry.sentiment && <SentimentChip sentiment={sentiment} score={'score' in entry.sentiment ? entry.sentiment.score : undefined} t={t} />}
          {entry.moment && (
            <span class="vigia-moment" data-moment={entry.moment} title={`${entry.moment}: ${t(`momentPlain.${entry.moment}`)} (${t(`moment.${entry.moment}`)})`}>
              {entry.moment}
            </span>
          )}
          {entry.outcome && <span class={`vigia-outcome vigia-outcome--${entry.outcome}`}>{t(`outcome.${entry.outcome}`)}</span>}
        </p>
        {entry.summary && <p class="vigia-timeline__summary">{entry.summary}</p>}
        <AspectChips aspects={entry.aspects} t={t} />
        {isWebLink(entry.url) && (
          <a class="vigia-timeline__link" href={entry.url} target="_blank" rel="noopener noreferrer">
            {t('mention.open')}
          </a>
        )}
      </div>
    </li>
  );
}

export function JourneyTimeline({ entries, currentJourneyId, t, lang }: { entries: readonly TimelineEntry[]; currentJourneyId?: string; t: Translator; lang: UiLanguage }) {
  return (
    <section class="vigia-timeline">
      <p class="vigia-section-title">{t('overlay.timeline')}</p>
      <ol class="vigia-timeline__list">
        {entries.map((entry) => (
          <TimelineItem key={`${entry.kind}:${entry.id}`} entry={entry} t={t} lang={lang} current={currentJourneyId !== undefined && entry.journeyId === currentJourneyId} />
        ))}
      </ol>
    </section>
  );
}

// The current journey's metrics: touchpoints, channel switches, repeated contacts, effort, first
// response against the 48 h rule, and resolution.
import type { JourneyView } from '../../../shared/customer/customer-journey-view.ts';
import type { MessageKey, Translator } from '../../i18n/dictionary.ts';
import type { UiLanguage } from '../../i18n/language.ts';
import { firstResponseText, resolutionText } from './overlay-format.ts';
import { aspectName } from '../../ui/aspect-chips.tsx';

/** The journey types the collector names (shared/journey JOURNEY_TYPES), in the UI's language. */
const JOURNEY_TYPE_KEYS: Readonly<Record<string, MessageKey>> = {
  installation: 'journeyType.installation',
  fault: 'journeyType.fault',
  billing: 'journeyType.billing',
  cancellation: 'journeyType.cancellation',
  delivery: 'journeyType.delivery',
  purchase: 'journeyType.purchase',
  other: 'journeyType.other',
};

/** A type this version does not know is shown as the collector named it. */
export const journeyTypeName = (type: string, t: Translator): string => (JOURNEY_TYPE_KEYS[type] ? t(JOURNEY_TYPE_KEYS[type]) : type);

export function JourneyMetrics({ journey, journeyCount, t, lang }: { journey: JourneyView; journeyCount: number; t: Translator; lang: UiLanguage }) {
  const m = journey.metrics;
  const rows: [string, string, string][] = [
    ['touchpoints', t('metric.touchpoints'), String(m.touchpoints)],
    ['channel-switches', t('metric.channelSwitches'), String(m.channelSwitches)],
    ['repeated-contacts', t('metric.repeatedContacts'), String(m.repeatedContacts)],
    ['effort', t('metric.effort'), t('metric.effortValue', { effort: m.effort })],
    ['first-response', t('metric.firstResponse'), firstResponseText(m, t, lang)],
    ['resolution', t('metric.resolution'), resolutionText(m, t, lang)],
  ];
  return (
    <section class="vigia-journey" data-journey-id={journey.id}>
      <p class="vigia-journey__title">
        {t('overlay.journey', { type: journeyTypeName(journey.type, t) })}
        {journeyCount > 1 && <span class="vigia-journey__count"> · {t('overlay.journeyCount', { count: journeyCount })}</span>}
      </p>
      {journey.aspects?.length ? (
        <p class="vigia-journey__topic" data-journey-topic={journey.aspects.join(' ')}>
          {t('journey.topic', { topic: journey.aspects.slice(0, 3).map((a) => aspectName(a, t)).join(' · ') })}
        </p>
      ) : null}
      <dl class="vigia-metrics">
        {rows.map(([id, label, value]) => (
          <div key={id} class="vigia-metric" data-metric={id} data-immediacy={id === 'first-response' ? m.firstResponse.immediacy : undefined} data-resolved={id === 'resolution' ? String(m.resolution.resolved) : undefined}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

// A customer's journey in a few plain lines — who, churn risk, the current journey's metrics, the latest
// moments, the recovery clock — for a ticket opened from one of their mentions. Text only: never HTML.
import type { CustomerJourneyView, JourneyView } from '../../shared/customer/customer-journey-view.ts';
import { hoursLeft, type RecoveryClock } from '../../shared/journey/recovery-clock.ts';
import { journeyTypeWord, readableDate, readableHours, say, type WordsLang } from './journey-words.ts';

/** Moments listed in a ticket: enough to see the story, few enough to read. */
const RECENT_MOMENTS = 5;

/** One clock in words: time left, time to recover, or why it was lost. */
export function recoveryText(clock: RecoveryClock, lang: WordsLang, now: string): string {
  if (clock.state === 'running') return say(lang, 'recovery.running', { hours: readableHours(hoursLeft(clock, now) ?? 0, lang), deadline: readableDate(clock.deadline) });
  if (clock.state === 'recovered') return say(lang, 'recovery.recovered', { hours: readableHours(clock.hoursToRecover ?? 0, lang) });
  return say(lang, `recovery.lost.${clock.lostReason ?? 'expired'}`);
}

/** First response and resolution of a journey, in words. */
export function journeyOutcomeText(journey: JourneyView, lang: WordsLang): string {
  const m = journey.metrics;
  const first = m.firstResponse.immediacy === 'met' && m.firstResponse.hours !== undefined
    ? say(lang, 'journey.firstResponse.met', { hours: readableHours(m.firstResponse.hours, lang) })
    : say(lang, `journey.firstResponse.${m.firstResponse.immediacy}`);
  const resolution = m.resolution.resolved
    ? say(lang, 'journey.resolved', { hours: readableHours(m.resolution.hours ?? 0, lang) })
    : say(lang, 'journey.open', { hours: readableHours(m.resolution.openHours ?? 0, lang) });
  return `${first} · ${resolution}`;
}

export function journeyMetricsText(journey: JourneyView, lang: WordsLang): string {
  const m = journey.metrics;
  return say(lang, 'journey.metrics', { touchpoints: m.touchpoints, switches: m.channelSwitches, repeated: m.repeatedContacts, effort: m.effort });
}

/** The journey summary's lines; `mentionId` is the mention the ticket is about (its clock is the one shown). */
export function journeySummaryLines(view: CustomerJourneyView | undefined, lang: WordsLang, now: string, mentionId?: string): string[] {
  if (!view) return [say(lang, 'journey.none')];
  const { customer, risk } = view;
  const who = [customer.names[0], ...customer.emails.slice(0, 1), ...customer.handles.slice(0, 2).map((h) => `${h.platform}: ${h.handle}`)].filter(Boolean).join(' · ');
  const lines = [
    `${say(lang, 'journey.customer')}: ${who || customer.id}`,
    `${say(lang, 'journey.badExperiences', { count: risk.badExperiences, days: risk.windowDays })}${risk.churnRisk ? ` · ${say(lang, 'journey.churnRisk')}` : ''}`,
  ];
  const journey = view.journeys.find((j) => j.id === view.currentJourneyId) ?? view.journeys[0];
  if (journey) lines.push(`${say(lang, 'journey.current', { type: journeyTypeWord(lang, journey.type) })}: ${journeyMetricsText(journey, lang)} · ${journeyOutcomeText(journey, lang)}`);
  const clock = view.recovery?.find((c) => c.mentionId === mentionId) ?? view.recovery?.[0];
  if (clock) lines.push(`${say(lang, 'recovery.title')}: ${recoveryText(clock, lang, now)}`);
  const recent = view.timeline.slice(0, RECENT_MOMENTS);
  if (recent.length) {
    lines.push(`${say(lang, 'journey.recent')}:`);
    for (const entry of recent) {
      const how = [entry.platform ?? entry.channel, entry.direction, entry.outcome].filter(Boolean).join(', ');
      lines.push(`- ${readableDate(entry.at)} (${how}): ${(entry.summary ?? '').replace(/\s+/g, ' ').slice(0, 160)}`);
    }
  }
  return lines;
}

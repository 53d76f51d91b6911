// From a stored mention to the alerts it raises: a mention alert when it is fresh, untriaged, of an urgency
// that alerts (`now` by default) and at or above the priority threshold, and a spike alert when it
// completes a brand's negative spike.
import { isAboutCompetitorsOnly, sentimentLabelOf, type Mention } from '../../shared/mention.ts';
import { SPIKE_PRIORITY, type Alert, type AlertMention } from './alert.ts';
import type { AlertSettings } from './alert-settings.ts';
import type { NegativeSample, SpikeDetector } from './spike-detector.ts';

/** Mentions collected longer ago than this are old news: a restart or a late edit never alerts on them. */
export const FRESH_MS = 2 * 3_600_000;
/** Brand key of mentions that match no brand (e.g. every item of an unfiltered source). */
export const ANY_BRAND = '*';

const isNegative = (m: Mention) => sentimentLabelOf(m.sentiment) === 'negative';

export function alertMentionOf(m: Mention): AlertMention {
  return {
    id: m.id, platform: m.platform, url: m.url, author: m.author, title: m.title, text: m.text.slice(0, 500), priority: m.priority, publishedAt: m.publishedAt,
    ...(m.urgency ? { urgency: m.urgency } : {}),
    ...(m.priorityWhy?.length ? { why: m.priorityWhy.map((f) => f.en) } : {}),
  };
}

/** Whether a mention's urgency is one that alerts; a mention stored before urgency existed alerts when negative. */
const alerting = (m: Mention, settings: AlertSettings) => (m.urgency ? settings.urgency.includes(m.urgency) : isNegative(m));

/** One sample per brand the mention matched, timed by publication (else collection). */
export function negativeSamples(m: Mention): NegativeSample[] {
  // Hidden (a muted author, source or phrase; not about us): no part in a spike either.
  if (m.muted || !isNegative(m)) return [];
  const at = Date.parse(m.publishedAt ?? m.collectedAt);
  if (!Number.isFinite(at)) return [];
  // A competitor's bad hour is not our spike: only our brands count.
  const ours = m.matches.filter((b) => !b.competitor);
  if (m.matches.length && !ours.length) return [];
  const brands = ours.length ? [...new Set(ours.map((b) => b.brand))] : [ANY_BRAND];
  return brands.map((brand) => ({ mentionId: m.id, brand, at }));
}

function mentionAlert(m: Mention, settings: AlertSettings, now: Date): Alert | undefined {
  const fresh = now.getTime() - Date.parse(m.collectedAt) <= FRESH_MS;
  if (m.muted || isAboutCompetitorsOnly(m.matches) || !alerting(m, settings) || m.priority < settings.minPriority || m.triage.status !== 'new' || !fresh) return undefined;
  const who = m.author.handle ? `@${m.author.handle}` : (m.author.name ?? 'someone');
  const reason = m.priorityWhy?.[0]?.en;
  return {
    id: `mention:${m.id}`,
    kind: 'mention',
    raisedAt: now.toISOString(),
    brand: (m.matches.find((b) => !b.competitor) ?? m.matches[0])?.brand,
    priority: m.priority,
    summary: m.urgency && reason
      ? `${reason} — ${m.platform} ${m.kind} by ${who} (priority ${Math.round(m.priority)})`
      : `Negative ${m.platform} ${m.kind} by ${who} (priority ${Math.round(m.priority)})`,
    mention: alertMentionOf(m),
  };
}

/** The alerts one stored (or changed) mention raises now. */
export function raiseAlerts(m: Mention, settings: AlertSettings, spikes: SpikeDetector | undefined, now: Date): Alert[] {
  const alerts: Alert[] = [];
  const single = mentionAlert(m, settings, now);
  if (single) alerts.push(single);
  for (const sample of spikes ? negativeSamples(m) : []) {
    const spike = spikes!.add(sample, now.getTime());
    if (!spike) continue;
    const { brand, ...detail } = spike;
    const about = brand === ANY_BRAND ? 'all sources' : brand;
    alerts.push({
      id: `spike:${brand}:${detail.hourStart}`,
      kind: 'spike',
      raisedAt: now.toISOString(),
      brand: brand === ANY_BRAND ? undefined : brand,
      priority: SPIKE_PRIORITY,
      summary: `Negative spike for ${about}: ${detail.count} negative mentions this hour (usually ${detail.baseline})`,
      spike: detail,
      mention: alertMentionOf(m),
    });
  }
  return alerts;
}

// Which mentions and alerts become a browser notification, with what words, and where a click leads:
// pure rules over the thresholds the user set.
import { IMMEDIACY_HOURS } from '../../../shared/priority/index.ts';
import type { Mention } from '../../../shared/mention.ts';
import type { Translator } from '../../i18n/dictionary.ts';
import { toExcerpt } from '../../mention-summary.ts';
import type { InboxTarget } from '../inbox/inbox-link.ts';
import type { AlertEvent } from './alert-event.ts';
import type { NotificationSettings } from './notification-settings.ts';

/** A notification to show. */
export interface NotificationSpec {
  /** Also its dedupe key: one notification per mention or spike, however it arrived. */
  id: string;
  title: string;
  message: string;
}

/** The notification id of a mention (the collector's mention alerts use the same form). */
export const mentionNotificationId = (mentionId: string): string => `mention:${mentionId}`;

/**
 * A new mention that needs a person now (or, stored before urgency existed, a negative one), at or above the
 * threshold, still untriaged, published within the response window (older news is no reason to interrupt
 * anyone; an unknown date counts as news).
 */
export function mentionNotification(mention: Mention, settings: NotificationSettings, now: number, t: Translator): NotificationSpec | undefined {
  // A hidden mention (muted author, source or phrase; not about us) never interrupts anyone.
  if (!settings.mentions || mention.muted || mention.priority < settings.minPriority) return undefined;
  const urgent = mention.urgency ? mention.urgency === 'now' : 'label' in mention.sentiment && mention.sentiment.label === 'negative';
  if (!urgent || mention.triage.status !== 'new') return undefined;
  const published = mention.publishedAt ? Date.parse(mention.publishedAt) : Number.NaN;
  if (!Number.isNaN(published) && now - published > IMMEDIACY_HOURS * 3_600_000) return undefined;
  const who = mention.author.name ?? mention.author.handle;
  return {
    id: mentionNotificationId(mention.id),
    title: t(mention.urgency ? 'notify.urgent.title' : 'notify.mention.title', { platform: mention.platform, priority: Math.round(mention.priority) }),
    message: toExcerpt(`${who ? `${who}: ` : ''}${mention.title ? `${mention.title}. ` : ''}${mention.text}`, 180),
  };
}

/** A collector alert: spikes when the user wants them, mention alerts above the user's own threshold. */
export function alertNotification(alert: AlertEvent, settings: NotificationSettings, t: Translator): NotificationSpec | undefined {
  if (alert.kind === 'spike') {
    if (!settings.spikes || !alert.spike) return undefined;
    return {
      id: alert.id,
      title: t('notify.spike.title', { brand: alert.brand ?? '—' }),
      message: t('notify.spike.message', { count: alert.spike.count, baseline: Math.round(alert.spike.baseline * 10) / 10 }),
    };
  }
  if (!settings.mentions || !alert.mention || alert.priority < settings.minPriority) return undefined;
  return {
    id: mentionNotificationId(alert.mention.id),
    title: t('notify.mention.title', { platform: alert.mention.platform, priority: Math.round(alert.priority) }),
    message: toExcerpt(alert.mention.title ? `${alert.mention.title}. ${alert.mention.text}` : alert.mention.text, 180),
  };
}

/** Where clicking a notification leads: the mention in the inbox, or the brand's negative mentions for a spike. */
export function notificationTarget(id: string): InboxTarget | undefined {
  if (id.startsWith('mention:')) return { mentionId: id.slice('mention:'.length) };
  // "spike:<brand>:<hour start ISO>": the brand may itself contain colons, the hour never ends one.
  const spike = /^spike:(.*):(\d{4}-\d{2}-\d{2}T[^:]+:[^:]+:[^:]+)$/.exec(id);
  if (spike) return spike[1] ? { negativeOnly: true, brand: spike[1] } : { negativeOnly: true };
  return undefined;
}

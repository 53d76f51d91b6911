// An alert as Slack-compatible incoming-webhook JSON: `text` for notifications and clients without
// blocks, `blocks` for the rich view. All collected text is escaped: it is untrusted.
import type { Alert } from './alert.ts';

/** Slack's three control characters in mrkdwn text. */
export const escapeSlack = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A link Slack will render, or the plain label when the URL is not http(s). */
function link(url: string | undefined, label: string): string {
  if (!url || !/^https?:\/\/[^\s|<>]+$/.test(url)) return escapeSlack(label);
  return `<${url}|${escapeSlack(label).replace(/\|/g, '¦')}>`;
}

const quote = (text: string) => text.split('\n').slice(0, 8).map((line) => `>${escapeSlack(line)}`).join('\n');

export interface SlackMessage {
  text: string;
  blocks: Record<string, unknown>[];
}

export function toSlackMessage(alert: Alert): SlackMessage {
  const icon = alert.kind === 'spike' ? ':chart_with_upwards_trend:' : ':rotating_light:';
  const headline = `${icon} ${escapeSlack(alert.summary)}`;
  const blocks: Record<string, unknown>[] = [{ type: 'section', text: { type: 'mrkdwn', text: `*${headline}*` } }];
  const m = alert.mention;
  if (m) {
    const who = m.author.handle ? `@${m.author.handle}` : (m.author.name ?? 'unknown author');
    const title = m.title ? `*${escapeSlack(m.title)}*\n` : '';
    blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `${title}${quote(m.text)}` } });
    const context = [link(m.author.url, who), m.platform, `priority ${Math.round(m.priority)}`, link(m.url, 'open')];
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: context.join(' · ') }] });
  }
  return { text: `${headline}${m?.url ? ` ${escapeSlack(m.url)}` : ''}`, blocks };
}

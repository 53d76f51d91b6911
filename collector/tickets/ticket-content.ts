// What a ticket opened from a mention says: the mention's text, link, author, sentiment, urgency and why,
// aspects (when the mention has them), the recovery clock and the customer's journey — as plain text and
// as HTML in which every outside text is escaped. Pure: the same mention and journey give the same ticket.
import { z } from 'zod';
import type { HelpdeskVendor } from '../../shared/api/tickets.ts';
import type { CustomerJourneyView } from '../../shared/customer/customer-journey-view.ts';
import { isScored, sentimentLabelOf, type Mention } from '../../shared/mention.ts';
import { hash64 } from '../../shared/stable-id.ts';
import { journeySummaryLines } from '../customers/journey-summary.ts';
import { readableDate, say, type WordsLang } from '../customers/journey-words.ts';
import type { TicketDraft } from './define-connector.ts';

/** Aspects as another part of Vigía adds them to mentions ([{aspect, sentiment, cue}]); read only if present and well-formed. */
const aspectsSchema = z.array(z.object({ aspect: z.string(), sentiment: z.string().optional(), cue: z.string().optional() }).loose());

/** The reference of a mention's ticket: stable, so every attempt (and every process) sends the same one. */
export const ticketRefOf = (mentionId: string): string => `vigia-${hash64(`ticket\n${mentionId}`)}`;

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const isWebUrl = (url: string | undefined): url is string => !!url && /^https?:\/\/[^\s<>"']+$/i.test(url);

function priorityOf(m: Mention): TicketDraft['priority'] {
  if (m.urgency === 'now') return m.priority >= 90 ? 'urgent' : 'high';
  if (m.urgency === 'soon') return 'normal';
  if (m.urgency === 'none') return 'low';
  return m.priority >= 80 ? 'high' : m.priority >= 50 ? 'normal' : 'low';
}

export interface TicketContentInput {
  mention: Mention;
  /** The customer's journey, when the author is a known customer. */
  view?: CustomerJourneyView;
  vendor: HelpdeskVendor;
  lang: WordsLang;
  now: string;
}

export function ticketDraftOf({ mention: m, view, vendor, lang, now }: TicketContentInput): TicketDraft {
  const label = sentimentLabelOf(m.sentiment) ?? 'unscored';
  const who = m.author.handle ? `@${m.author.handle}` : (m.author.name ?? m.platform);
  const excerpt = (m.title || m.text).replace(/\s+/g, ' ').trim();
  const words = say(lang, 'ticket.subject', { sentiment: say(lang, `sentiment.${label}`), platform: m.platform, kind: m.kind, who });
  const head = words.charAt(0).toUpperCase() + words.slice(1);
  const brand = m.matches[0]?.brand;
  const subject = `${brand ? `[${brand}] ` : ''}${head}: ${excerpt}`.slice(0, 150);
  const ref = ticketRefOf(m.id);
  const aspects = aspectsSchema.safeParse((m as { aspects?: unknown }).aspects).data;
  const score = isScored(m.sentiment) ? ` (${m.sentiment.score.toFixed(2)})` : '';
  const facts: [string, string, string?][] = [
    [say(lang, 'mention.author'), [m.author.name, m.author.handle ? `@${m.author.handle}` : undefined, `(${m.platform})`].filter(Boolean).join(' '), isWebUrl(m.author.url) ? m.author.url : undefined],
    ...(isWebUrl(m.url) ? [[say(lang, 'mention.link'), m.url, m.url] as [string, string, string]] : []),
    ...(m.publishedAt ? [[say(lang, 'mention.published'), readableDate(m.publishedAt)] as [string, string]] : []),
    [say(lang, 'mention.sentiment'), `${say(lang, `sentiment.${label}`)}${score}`],
    [say(lang, 'mention.urgency'), `${m.urgency ? `${say(lang, `urgency.${m.urgency}`)} · ` : ''}${say(lang, 'mention.priority', { priority: Math.round(m.priority) })}`],
    ...(m.priorityWhy?.length ? [[say(lang, 'mention.why'), m.priorityWhy.map((f) => `${lang === 'es' ? f.es : f.en} +${f.points}`).join(' · ')] as [string, string]] : []),
    ...(aspects?.length ? [[say(lang, 'mention.aspects'), aspects.map((a) => `${a.aspect}${a.sentiment ? ` (${a.sentiment}${a.cue ? `: "${a.cue}"` : ''})` : ''}`).join(', ')] as [string, string]] : []),
  ];
  const body = [m.title, m.text].filter(Boolean).join('\n\n');
  const journey = journeySummaryLines(view, lang, now, m.id);
  const text = [
    say(lang, 'ticket.intro'),
    '',
    ...facts.map(([k, v]) => `${k}: ${v}`),
    '',
    `${say(lang, 'mention.text')}:`,
    ...body.split('\n').map((line) => `> ${line}`),
    '',
    `${say(lang, 'journey.title')}:`,
    ...journey,
    '',
    `${say(lang, 'mention.ref')}: ${ref}`,
  ].join('\n');
  const html = [
    `<p>${escapeHtml(say(lang, 'ticket.intro'))}</p>`,
    `<ul>${facts.map(([k, v, href]) => `<li><strong>${escapeHtml(k)}:</strong> ${href ? `<a href="${escapeHtml(href)}">${escapeHtml(v)}</a>` : escapeHtml(v)}</li>`).join('')}</ul>`,
    `<p><strong>${escapeHtml(say(lang, 'mention.text'))}:</strong></p>`,
    `<blockquote>${escapeHtml(body).replace(/\n/g, '<br>')}</blockquote>`,
    `<p><strong>${escapeHtml(say(lang, 'journey.title'))}:</strong></p>`,
    `<p>${journey.map(escapeHtml).join('<br>')}</p>`,
    `<p>${escapeHtml(say(lang, 'mention.ref'))}: ${escapeHtml(ref)}</p>`,
  ].join('\n');
  const crmId = view?.customer.crmIds.find((c) => c.system === vendor)?.id;
  const email = view?.customer.emails[0];
  const name = view?.customer.names[0] ?? m.author.name;
  return {
    ref,
    subject,
    text,
    html,
    priority: priorityOf(m),
    tags: ['vigia', m.platform.replace(/[^a-z0-9_-]/gi, '_'), ...(m.urgency ? [`urgency_${m.urgency}`] : [])],
    requester: { ...(name ? { name } : {}), ...(email ? { email } : {}) },
    ...(crmId ? { crmId } : {}),
  };
}

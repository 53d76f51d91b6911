// The reply panel's state for one mention: the templates offered (the config's and this browser's, its
// brands', in its language first), the filled text, and the three ways to answer — copy and open the post
// (then mark it responded), or post it through the collector where the brand has an account there.
import { signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import type { ReplySetupAnswer } from '../../../shared/api/replies.ts';
import type { Mention } from '../../../shared/mention.ts';
import { fillReplyTemplate, templatesFor, type ReplyLanguage, type ReplyTemplate } from '../../../shared/replies/reply-template.ts';
import { replyUrlOf } from '../../../shared/replies/reply-url.ts';
import { db } from '../../db/vigia-db.ts';
import type { Translator } from '../../i18n/dictionary.ts';
import { sendToBackground } from '../../messages.ts';
import { settingsItem } from '../../settings/settings.ts';
import { actionErrorText } from '../noise/action-error.ts';
import { loadLocalTemplates } from './local-templates.ts';

/** The config's setup, asked once per page; an unreachable collector leaves local templates only. */
let setup: Promise<ReplySetupAnswer | undefined> | undefined;
const loadSetup = () =>
  (setup ??= sendToBackground('reply:setup', {}).then(
    (r) => (r.ok ? r.value : undefined),
    () => undefined,
  ));

export const templateKey = (t: Pick<ReplyTemplate, 'origin' | 'brand' | 'id' | 'lang'>) => `${t.origin}/${t.brand}/${t.id}/${t.lang}`;

export type Report = (tone: 'ok' | 'error', text: string) => void;

export function createReplyModel(mentionId: string, lang: ReplyLanguage, t: Translator, report: Report) {
  const mention = signal<Mention | undefined>(undefined);
  const templates = signal<ReplyTemplate[]>([]);
  const chosen = signal('');
  const text = signal('');
  const account = signal<ReplySetupAnswer['accounts'][number] | undefined>(undefined);
  const busy = signal(false);
  let agent = '';

  async function load(): Promise<void> {
    const [row, answer, local, settings] = await Promise.all([db.mentions.get(mentionId), loadSetup(), loadLocalTemplates(), settingsItem.getValue()]);
    if (!row) return;
    agent = settings.assignee.trim();
    mention.value = row.mention;
    templates.value = templatesFor([...(answer?.templates ?? []), ...local], row.mention, lang);
    const brands = row.mention.matches.map((m) => m.brand);
    account.value = answer?.accounts.find((a) => a.platform === row.mention.platform && brands.includes(a.brand));
    const first = templates.value[0];
    if (first) choose(templateKey(first));
  }

  function choose(key: string): void {
    chosen.value = key;
    const template = templates.value.find((tpl) => templateKey(tpl) === key);
    if (template && mention.value) text.value = fillReplyTemplate(template, mention.value, { agent: agent || undefined, brand: template.brand });
  }

  async function copyAndOpen(): Promise<void> {
    const m = mention.value;
    if (!m || !text.value.trim()) return;
    busy.value = true;
    try {
      try {
        await navigator.clipboard.writeText(text.value);
      } catch {
        report('error', t('reply.clipboardFailed'));
        return;
      }
      const url = replyUrlOf(m, text.value);
      if (url) window.open(url, '_blank', 'noopener');
      const outcome = await sendToBackground('triage:edit', { edits: [{ mentionId: m.id, status: 'responded' }] });
      if (outcome.dropped[0]) report('error', t('reply.error', { detail: outcome.dropped[0].error }));
      else report('ok', t('reply.copied'));
    } finally {
      busy.value = false;
    }
  }

  async function post(): Promise<boolean> {
    const m = mention.value;
    if (!m || !text.value.trim()) return false;
    busy.value = true;
    try {
      const result = await sendToBackground('reply:post', { mentionId: m.id, text: text.value });
      if (!result.ok) {
        report('error', actionErrorText(result, t));
        return false;
      }
      mention.value = result.value;
      report('ok', t('reply.posted', { url: result.value.reply?.url ?? '' }));
      return true;
    } finally {
      busy.value = false;
    }
  }

  /** Follows the stored mention (responded, first response, posted reply) as sync updates it; returns the stop. */
  function watch(): () => void {
    const subscription = liveQuery(() => db.mentions.get(mentionId)).subscribe({
      next: (row) => {
        if (row) mention.value = row.mention;
      },
    });
    return () => subscription.unsubscribe();
  }

  return { mention, templates, chosen, text, account, busy, load, watch, choose, copyAndOpen, post };
}
export type ReplyModel = ReturnType<typeof createReplyModel>;

// An inbox row's reply and noise actions: "Reply" opens a panel (template, editable text, copy and open the
// post, or post it where the brand has an account), "Mute author" and "Not about us" hide the mention here
// and at the collector. Every outcome is said on the inbox's notice line.
import { useEffect, useMemo } from 'preact/hooks';
import { platformName } from '../../../shared/platforms/lookup.ts';
import { REPLY_LANGUAGES } from '../../../shared/replies/reply-template.ts';
import { sendToBackground } from '../../messages.ts';
import { actionErrorText } from '../noise/action-error.ts';
import type { InboxItem } from '../inbox/inbox-item.ts';
import type { InboxModel } from '../inbox/inbox-model.ts';
import { createReplyModel, templateKey, type Report } from './reply-model.ts';
import { signal } from '@preact/signals';

function ReplyPanel({ id, model, report, onClose }: { id: string; model: InboxModel; report: Report; onClose: () => void }) {
  const t = model.t.value;
  const lang = model.language.value;
  const reply = useMemo(() => {
    const created = createReplyModel(id, REPLY_LANGUAGES.includes(lang) ? lang : 'en', t, report);
    void created.load();
    return created;
  }, [id]);
  useEffect(() => reply.watch(), [reply]);
  const m = reply.mention.value;
  const account = reply.account.value;
  return (
    <div class="reply-panel" data-reply-panel style={{ flexBasis: '100%', display: 'grid', gap: '0.4rem', marginTop: '0.4rem' }} onClick={(e) => e.stopPropagation()}>
      <label>
        {t('reply.template')}{' '}
        <select data-reply-template value={reply.chosen.value} onChange={(e) => reply.choose(e.currentTarget.value)}>
          <option value="">{t('reply.noTemplate')}</option>
          {reply.templates.value.map((tpl) => (
            <option key={templateKey(tpl)} value={templateKey(tpl)}>
              {`${tpl.brand} · ${tpl.id} (${tpl.lang})${tpl.origin === 'config' ? ` · ${t('templates.fromConfig')}` : ''}`}
            </option>
          ))}
        </select>
      </label>
      <textarea aria-label={t('reply.text')} data-reply-text rows={4} style={{ width: '100%', boxSizing: 'border-box', font: 'inherit' }} value={reply.text.value} onInput={(e) => (reply.text.value = e.currentTarget.value)} />
      <div class="reply-panel__actions" style={{ display: 'flex', gap: '0.4rem', flexWrap: 'wrap' }}>
        <button type="button" class="vigia-button" data-reply-copy disabled={reply.busy.value || !reply.text.value.trim()} onClick={() => void reply.copyAndOpen()}>
          {m?.url ? t('reply.copyOpen') : t('reply.copy')}
        </button>
        {account && m && !m.reply && (
          <button type="button" class="vigia-button" data-reply-post disabled={reply.busy.value || !reply.text.value.trim()} onClick={() => void reply.post().then((done) => done && onClose())}>
            {t('reply.post', { platform: platformName(m.platform, lang), account: account.account })}
          </button>
        )}
        <button type="button" class="vigia-button" onClick={onClose}>
          {t('reply.close')}
        </button>
      </div>
      {m?.reply && <p class="reply-panel__done">{t('reply.repliedAt', { platform: platformName(m.reply.platform, lang), url: m.reply.url })}</p>}
      {m?.firstResponseAt && <p class="reply-panel__first" data-first-response={m.firstResponseAt}>{t('reply.firstResponse', { at: new Date(m.firstResponseAt).toLocaleString(lang) })}</p>}
    </div>
  );
}

const openPanel = signal<string | undefined>(undefined);

export function RowActions({ item, model }: { item: InboxItem; model: InboxModel }) {
  const t = model.t.value;
  const report: Report = (tone, text) => (model.notice.value = { tone, text });
  const mute = async () => {
    const result = await sendToBackground('noise:mute', { mentionId: item.id, kind: 'author' });
    if (!result.ok) return report('error', actionErrorText(result, t));
    report('ok', t('noise.mutedDone', { value: result.value.rule.value, brand: result.value.rule.brand, count: result.value.hidden }));
  };
  const notAboutUs = async () => {
    const result = await sendToBackground('noise:not-about-us', { mentionId: item.id });
    if (!result.ok) return report('error', actionErrorText(result, t));
    const brand = result.value.mention.muted?.rule.brand ?? '';
    report('ok', result.value.suggestion ? t('noise.suggested', { brand, exclusion: result.value.suggestion }) : t('noise.notAboutUsDone', { brand }));
  };
  const stop = (run: () => void) => (e: Event) => {
    e.stopPropagation();
    run();
  };
  return (
    <>
      <span class="row-actions">
        <button type="button" class="vigia-button" data-action="reply" aria-expanded={openPanel.value === item.id} onClick={stop(() => (openPanel.value = openPanel.value === item.id ? undefined : item.id))}>
          {t('reply.button')}
        </button>
        <button type="button" class="vigia-button" data-action="mute-author" onClick={stop(() => void mute())}>
          {t('noise.muteAuthor')}
        </button>
        <button type="button" class="vigia-button" data-action="not-about-us" onClick={stop(() => void notAboutUs())}>
          {t('noise.notAboutUs')}
        </button>
      </span>
      {openPanel.value === item.id && <ReplyPanel id={item.id} model={model} report={report} onClose={() => (openPanel.value = undefined)} />}
    </>
  );
}

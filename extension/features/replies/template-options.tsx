// The options page's reply templates: the config file's (read-only here) and this browser's, with a form to
// add one per brand and language. A template with an unknown placeholder is refused with its name.
import { signal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { REPLY_LANGUAGES, REPLY_PLACEHOLDERS, type ReplyLanguage, type ReplyTemplate } from '../../../shared/replies/reply-template.ts';
import type { Translator } from '../../i18n/dictionary.ts';
import { sendToBackground } from '../../messages.ts';
import { loadLocalTemplates, localTemplatesItem, localTemplateSchema } from './local-templates.ts';

function createTemplateOptions(t: () => Translator) {
  const config = signal<ReplyTemplate[]>([]);
  const local = signal<ReplyTemplate[]>([]);
  const form = signal({ brand: '', id: '', lang: 'es' as ReplyLanguage, text: '' });
  const notice = signal<{ tone: 'ok' | 'error'; text: string } | undefined>(undefined);
  async function reload(): Promise<void> {
    local.value = await loadLocalTemplates();
    const setup = await sendToBackground('reply:setup', {}).catch(() => undefined);
    if (setup?.ok) config.value = setup.value.templates;
  }
  async function save(list: ReplyTemplate[]): Promise<void> {
    await localTemplatesItem.setValue(list);
    await reload();
  }
  return {
    config,
    local,
    form,
    notice,
    reload,
    async add(): Promise<void> {
      const parsed = localTemplateSchema.safeParse(form.value);
      if (!parsed.success) {
        notice.value = { tone: 'error', text: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') };
        return;
      }
      const others = local.value.filter((x) => !(x.brand === parsed.data.brand && x.id === parsed.data.id && x.lang === parsed.data.lang));
      await save([...others, { ...parsed.data, origin: 'local' }]);
      form.value = { ...form.value, id: '', text: '' };
      notice.value = { tone: 'ok', text: t()('templates.saved') };
    },
    remove: (tpl: ReplyTemplate) => save(local.value.filter((x) => x !== tpl)),
  };
}

export function TemplateOptions({ t }: { t: Translator }) {
  // Notices written later speak the language chosen by then.
  const current = useRef(t);
  current.current = t;
  const model = useMemo(() => createTemplateOptions(() => current.current), []);
  useEffect(() => void model.reload(), []);
  const form = model.form.value;
  const notice = model.notice.value;
  const all = [...model.config.value, ...model.local.value];
  return (
    <section class="options__group template-options" data-template-options>
      <h2>{t('templates.title')}</h2>
      <p>{t('templates.intro', { list: REPLY_PLACEHOLDERS.map((p) => `{${p}}`).join(' ') })}</p>
      {all.length === 0 && <p>{t('templates.none')}</p>}
      <ul>
        {all.map((tpl) => (
          <li key={`${tpl.origin}${tpl.brand}${tpl.id}${tpl.lang}`} data-template={tpl.id}>
            <strong>{`${tpl.brand} · ${tpl.id} (${tpl.lang})`}</strong> {tpl.origin === 'config' ? `· ${t('templates.fromConfig')}` : ''}
            <div class="template-options__text">{tpl.text}</div>
            {tpl.origin === 'local' && (
              <button type="button" onClick={() => void model.remove(tpl)}>
                {t('templates.remove')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void model.add();
        }}
      >
        <input aria-label={t('templates.brand')} placeholder={t('templates.brand')} value={form.brand} onInput={(e) => (model.form.value = { ...form, brand: e.currentTarget.value })} />
        <input aria-label={t('templates.id')} placeholder={t('templates.idHint')} value={form.id} onInput={(e) => (model.form.value = { ...form, id: e.currentTarget.value })} />
        <select aria-label={t('templates.lang')} value={form.lang} onChange={(e) => (model.form.value = { ...form, lang: e.currentTarget.value as ReplyLanguage })}>
          {REPLY_LANGUAGES.map((lang) => (
            <option key={lang} value={lang}>
              {lang}
            </option>
          ))}
        </select>
        <textarea aria-label={t('templates.text')} rows={3} value={form.text} onInput={(e) => (model.form.value = { ...form, text: e.currentTarget.value })} />
        <button type="submit">{t('templates.add')}</button>
      </form>
      <p class={`options-extra__notice options-extra__notice--${notice?.tone ?? 'none'}`} aria-live="polite" data-template-notice>
        {notice?.text ?? ''}
      </p>
    </section>
  );
}

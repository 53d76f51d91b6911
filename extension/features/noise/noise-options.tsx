// The options page's noise section: every mute rule by brand with Unmute (the config file's are shown, and
// changed only there), a form to mute by hand, the exclusions "not about us" suggested, to accept, and
// the ones accepted.
import { signal } from '@preact/signals';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { NoiseAnswer } from '../../../shared/api/noise.ts';
import { MUTE_KINDS, type MuteKind } from '../../../shared/mutes/mute-rule.ts';
import type { Translator } from '../../i18n/dictionary.ts';
import { sendToBackground } from '../../messages.ts';
import { actionErrorText } from './action-error.ts';

function createNoiseOptions(t: () => Translator) {
  const data = signal<NoiseAnswer | undefined>(undefined);
  const notice = signal<{ tone: 'ok' | 'error' | 'none'; text: string } | undefined>(undefined);
  const form = signal<{ brand: string; kind: MuteKind; value: string }>({ brand: '', kind: 'author', value: '' });
  const fail = (result: Parameters<typeof actionErrorText>[0]) => (notice.value = { tone: 'error', text: actionErrorText(result, t()) });
  async function reload(): Promise<void> {
    const result = await sendToBackground('noise:list', {});
    if (result.ok) data.value = result.value;
    else if (result.notConfigured) notice.value = { tone: 'none', text: t()('noise.notConfigured') };
    else fail(result);
  }
  return {
    data,
    notice,
    form,
    reload,
    async unmute(id: string, value: string): Promise<void> {
      const result = await sendToBackground('noise:unmute', { id });
      if (!result.ok) return void fail(result);
      notice.value = { tone: 'ok', text: t()('noise.unmuted', { value, count: result.value.shown }) };
      await reload();
    },
    async mute(): Promise<void> {
      const result = await sendToBackground('noise:mute', form.value);
      if (!result.ok) return void fail(result);
      notice.value = { tone: 'ok', text: t()('noise.mutedDone', { value: result.value.rule.value, brand: result.value.rule.brand, count: result.value.hidden }) };
      form.value = { ...form.value, value: '' };
      await reload();
    },
    async accept(brand: string, exclusion: string): Promise<void> {
      const result = await sendToBackground('noise:accept', { brand, exclusion });
      if (!result.ok) return void fail(result);
      notice.value = { tone: 'ok', text: t()('noise.acceptedDone', { brand, exclusion }) };
      await reload();
    },
  };
}

export function NoiseOptions({ t }: { t: Translator }) {
  // Notices written later speak the language chosen by then.
  const current = useRef(t);
  current.current = t;
  const model = useMemo(() => createNoiseOptions(() => current.current), []);
  useEffect(() => void model.reload(), []);
  const data = model.data.value;
  const notice = model.notice.value;
  const form = model.form.value;
  return (
    <section class="options__group noise-options" data-noise-options>
      <h2>{t('noise.title')}</h2>
      {data && data.mutes.length === 0 && <p>{t('noise.none')}</p>}
      {data && data.mutes.length > 0 && (
        <ul class="noise-options__mutes">
          {data.mutes.map((rule) => (
            <li key={rule.id} data-mute={rule.value}>
              <span>{`${rule.brand} · ${t(`noise.kind.${rule.kind}`)}: ${rule.value} · `}</span>
              <span>{rule.by === 'config' ? t('noise.fromConfig') : t('noise.by', { by: rule.by })}</span>{' '}
              {rule.by !== 'config' && (
                <button type="button" data-unmute={rule.value} onClick={() => void model.unmute(rule.id, rule.value)}>
                  {t('noise.unmute')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form
        class="noise-options__add"
        onSubmit={(e) => {
          e.preventDefault();
          void model.mute();
        }}
      >
        <input aria-label={t('noise.brand')} placeholder={t('noise.brand')} value={form.brand} required onInput={(e) => (model.form.value = { ...form, brand: e.currentTarget.value })} />
        <select aria-label={t('noise.kind.author')} value={form.kind} onChange={(e) => (model.form.value = { ...form, kind: e.currentTarget.value as MuteKind })}>
          {MUTE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`noise.kind.${kind}`)}
            </option>
          ))}
        </select>
        <input aria-label={t('noise.value')} placeholder={t('noise.value')} value={form.value} required onInput={(e) => (model.form.value = { ...form, value: e.currentTarget.value })} />
        <button type="submit">{t('noise.add')}</button>
      </form>
      <h3>{t('noise.suggestions')}</h3>
      {data && data.suggestions.length === 0 && <p>{t('noise.noSuggestions')}</p>}
      <ul class="noise-options__suggestions">
        {data?.suggestions.map((s) => (
          <li key={`${s.brand}${s.exclusion}`} data-suggestion={s.exclusion}>
            <code>{s.exclusion}</code> <span>{`${s.brand} · ${t('noise.learnedFrom', { count: s.mentionIds.length })}`}</span>{' '}
            <button type="button" data-accept={s.exclusion} onClick={() => void model.accept(s.brand, s.exclusion)}>
              {t('noise.accept')}
            </button>
          </li>
        ))}
      </ul>
      {data && data.exclusions.length > 0 && (
        <>
          <h3>{t('noise.accepted')}</h3>
          <ul class="noise-options__accepted">
            {data.exclusions.map((e) => (
              <li key={e.id} data-exclusion={e.exclusion}>
                <code>{e.exclusion}</code> {`${e.brand} · ${t('noise.by', { by: e.by })}`}
              </li>
            ))}
          </ul>
        </>
      )}
      <p class={`options-extra__notice options-extra__notice--${notice?.tone ?? 'none'}`} aria-live="polite" data-noise-notice>
        {notice?.text ?? ''}
      </p>
    </section>
  );
}

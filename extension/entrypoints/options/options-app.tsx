// The options form: collector URL, API token, assignee, language, notification thresholds; Save and Test
// connection; and the extra sites granted at run time.
import { UI_LANGUAGE_PREFERENCES, type UiLanguagePreference } from '../../i18n/language.ts';
import { SiteAccessPanel } from '../../features/site-access/site-access-panel.tsx';
import type { OptionsModel } from './options-model.ts';
import { NoiseOptions } from '../../features/noise/noise-options.tsx';
import { TemplateOptions } from '../../features/replies/template-options.tsx';

const LANGUAGE_NAMES: Record<Exclude<UiLanguagePreference, 'auto'>, string> = { en: 'English', es: 'Español' };

export function OptionsApp({ model }: { model: OptionsModel }) {
  const t = model.t.value;
  const notice = model.notice.value;
  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void model.save();
        }}
      >
        <label for="collector-url">{t('options.collectorUrl')}</label>
        <input id="collector-url" type="url" placeholder={t('options.collectorUrl.placeholder')} aria-describedby="collector-url-hint" value={model.collectorUrl.value} onInput={(e) => (model.collectorUrl.value = e.currentTarget.value)} />
        <small id="collector-url-hint" class="options__hint">{t('options.collectorUrl.hint')}</small>
        <label for="api-token">{t('options.token')}</label>
        <input id="api-token" type="password" autocomplete="off" aria-describedby="api-token-hint" value={model.token.value} onInput={(e) => (model.token.value = e.currentTarget.value)} />
        <small id="api-token-hint" class="options__hint">{t('options.token.hint')}</small>
        <label for="assignee">{t('options.assignee')}</label>
        <input id="assignee" type="text" value={model.assignee.value} onInput={(e) => (model.assignee.value = e.currentTarget.value)} />
        <label for="ui-language">{t('options.language')}</label>
        <select id="ui-language" value={model.uiLanguage.value} onChange={(e) => (model.uiLanguage.value = e.currentTarget.value as UiLanguagePreference)}>
          {UI_LANGUAGE_PREFERENCES.map((pref) => (
            <option key={pref} value={pref}>
              {pref === 'auto' ? t('options.language.auto') : LANGUAGE_NAMES[pref]}
            </option>
          ))}
        </select>
        <fieldset class="options__group">
          <legend>{t('options.notifications')}</legend>
          <label class="options__check">
            <input id="notify-mentions" type="checkbox" checked={model.notifyMentions.value} onChange={(e) => (model.notifyMentions.value = e.currentTarget.checked)} />
            {t('options.notify.mentions')}
          </label>
          <label for="notify-min-priority">{t('options.notify.minPriority')}</label>
          <input id="notify-min-priority" type="number" min={0} max={100} step={1} value={model.minPriority.value} onInput={(e) => (model.minPriority.value = e.currentTarget.value)} />
          <label class="options__check">
            <input id="notify-spikes" type="checkbox" checked={model.notifySpikes.value} onChange={(e) => (model.notifySpikes.value = e.currentTarget.checked)} />
            {t('options.notify.spikes')}
          </label>
        </fieldset>
        <div class="options__actions">
          <button type="submit" disabled={!model.loaded.value}>
            {t('options.save')}
          </button>
          <button type="button" disabled={!model.loaded.value} onClick={() => void model.testConnection()}>
            {t('options.testConnection')}
          </button>
        </div>
      </form>
      <p class={`options__notice options__notice--${notice?.tone ?? 'none'}`} role="status" aria-live="polite">
        {notice?.text ?? ''}
      </p>
      <SiteAccessPanel model={model.siteAccess} t={t} />
      <TemplateOptions t={t} />
      <NoiseOptions t={t} />
    </main>
  );
}

// For the options page: the sites the user granted Vigía (removable) and a field to allow another one.
import type { Translator } from '../../i18n/dictionary.ts';
import type { SiteAccessModel, SiteAccessNotice } from './site-access-model.ts';

const hostOfPattern = (pattern: string) => pattern.replace(/^[a-z]+:\/\//, '').replace(/\/\*$/, '');

export function SiteAccessNoticeLine({ notice, t }: { notice: SiteAccessNotice; t: Translator }) {
  if (!notice) return null;
  const host = notice.host ?? '';
  const text = {
    granted: t('siteAccess.granted', { host }),
    declared: t('siteAccess.declared', { host }),
    denied: t('siteAccess.denied', { host }),
    'bad-url': t('siteAccess.badUrl'),
  }[notice.kind];
  return (
    <p class={`vigia-site-access__notice vigia-site-access__notice--${notice.kind}`} role="status">
      {text}
    </p>
  );
}

export function SiteAccessPanel({ model, t }: { model: SiteAccessModel; t: Translator }) {
  const granted = model.granted.value;
  return (
    <section class="vigia-site-access" aria-labelledby="vigia-site-access-title">
      <h2 id="vigia-site-access-title">{t('siteAccess.title')}</h2>
      {granted.length === 0 ? (
        <p class="vigia-site-access__none">{t('siteAccess.none')}</p>
      ) : (
        <ul class="vigia-site-access__list">
          {granted.map((pattern) => (
            <li key={pattern} data-site={pattern}>
              <span>{hostOfPattern(pattern)}</span>{' '}
              <button type="button" class="vigia-button" onClick={() => void model.remove(pattern)}>
                {t('siteAccess.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="vigia-site-access__form"
        onSubmit={(event) => {
          event.preventDefault();
          void model.allow(model.typed.value);
        }}
      >
        <label>
          {t('siteAccess.site')}{' '}
          <input type="url" inputMode="url" placeholder="https://crm.example.com" value={model.typed.value} onInput={(e) => (model.typed.value = e.currentTarget.value)} />
        </label>{' '}
        <button type="submit" class="vigia-button">
          {t('siteAccess.allow')}
        </button>
      </form>
      <SiteAccessNoticeLine notice={model.notice.value} t={t} />
    </section>
  );
}

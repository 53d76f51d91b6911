// For the toolbar popup: Vigía's standing on the tab's site, with one click to allow it there.
import type { Translator } from '../../i18n/dictionary.ts';
import type { SiteAccessModel } from './site-access-model.ts';
import { SiteAccessNoticeLine } from './site-access-panel.tsx';

export function SiteAccessButton({ model, url, t }: { model: SiteAccessModel; url: string | undefined; t: Translator }) {
  if (!url) return null;
  const access = model.accessOf(url);
  if (access === 'unsupported') return null;
  const host = new URL(url).host;
  return (
    <div class="vigia-site-access-button" data-site-access={access}>
      {access === 'declared' && <p>{t('siteAccess.declared', { host })}</p>}
      {access === 'granted' && <p>{t('siteAccess.granted', { host })}</p>}
      {access === 'not-granted' && (
        <button type="button" class="vigia-button" onClick={() => void model.allow(url)}>
          {t('siteAccess.allowTab', { host })}
        </button>
      )}
      {model.notice.value?.kind === 'denied' && <SiteAccessNoticeLine notice={model.notice.value} t={t} />}
    </div>
  );
}

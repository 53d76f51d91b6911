// State of the site access controls (signals): the granted sites, the address typed, and what happened.
import { signal } from '@preact/signals';
import { originPatternOf } from '../../sites/match-pattern.ts';
import { siteAccessOf, type SiteAccess, type SiteAccessControls } from './site-access.ts';

/** The last outcome to tell the user. */
export type SiteAccessNotice = { kind: 'granted' | 'declared' | 'denied' | 'bad-url'; host?: string } | undefined;

export type SiteAccessModel = ReturnType<typeof createSiteAccessModel>;

const hostOf = (url: string): string | undefined => {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
};

/** Adds https:// to an address typed without a scheme ("crm.example.com"). */
const withScheme = (typed: string): string => (/^[a-z][a-z0-9+.-]*:/i.test(typed.trim()) ? typed.trim() : `https://${typed.trim()}`);

export function createSiteAccessModel(controls: SiteAccessControls) {
  const granted = signal<string[]>([]);
  const typed = signal('');
  const notice = signal<SiteAccessNotice>(undefined);

  const reload = async (): Promise<void> => {
    granted.value = await controls.granted();
  };

  return {
    granted,
    typed,
    notice,
    reload,
    accessOf: (url: string): SiteAccess => siteAccessOf(url, granted.value, controls.declaredHosts()),
    /** Call from the click handler: the browser only asks the user during a gesture. */
    async allow(url: string): Promise<void> {
      const address = withScheme(url);
      const host = hostOf(address);
      if (!originPatternOf(address) || !host) {
        notice.value = { kind: 'bad-url' };
        return;
      }
      if (siteAccessOf(address, granted.value, controls.declaredHosts()) === 'declared') {
        notice.value = { kind: 'declared', host };
        return;
      }
      const ok = await controls.request(address);
      notice.value = { kind: ok ? 'granted' : 'denied', host };
      if (ok) typed.value = '';
      await reload();
    },
    async remove(pattern: string): Promise<void> {
      await controls.revoke(pattern);
      notice.value = undefined;
      await reload();
    },
  };
}

// Chromium with the built extension for the CRM e2e tests: the products' hosts resolve to 127.0.0.1
// (where crm-page-server.ts answers) and its throwaway certificate is accepted.
import { launchExtension, type ExtensionBrowser } from '../pages/browser.ts';
import { CRM_HOSTS } from './crm-pages.ts';

/** @default { lang: 'en-US' } */
export function launchCrmBrowser(options: { lang?: string } = {}): Promise<ExtensionBrowser> {
  return launchExtension({ ...options, mapHostsToLoopback: CRM_HOSTS, acceptTestCertificates: true });
}

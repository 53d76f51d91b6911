// The user's settings (collector, token, language, assignee) in extension storage, versioned.
import { storage } from '#imports';
import type { UiLanguagePreference } from '../i18n/language.ts';

/** What the user sets on the options page. */
export interface VigiaSettings {
  /** Base URL of the collector's HTTP API, without a trailing slash. @default '' */
  collectorUrl: string;
  /** Bearer token created with `vigia token create`. @default '' */
  token: string;
  /** UI language. @default 'auto' */
  uiLanguage: UiLanguagePreference;
  /** The name this user's triage edits are assigned to. @default '' */
  assignee: string;
}

export const DEFAULT_SETTINGS: VigiaSettings = { collectorUrl: '', token: '', uiLanguage: 'auto', assignee: '' };

/** Stored in `local` (never `sync`: the token stays on this device). */
export const settingsItem = storage.defineItem<VigiaSettings>('local:settings', {
  version: 1,
  fallback: DEFAULT_SETTINGS,
});

/** Whether sync can start: both a collector URL and a token are set. */
export const isConfigured = (settings: VigiaSettings): boolean =>
  settings.collectorUrl !== '' && settings.token !== '';

/** Raised when the collector URL typed by the user is not an http(s) URL. */
export class CollectorUrlError extends Error {
  override name = 'CollectorUrlError';
}

/** Trims the URL and drops trailing slashes; throws CollectorUrlError unless it is http(s). */
export function normalizeCollectorUrl(raw: string): string {
  const trimmed = raw.trim();
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    throw new CollectorUrlError(`settings: not a URL: ${JSON.stringify(trimmed)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new CollectorUrlError(`settings: the collector URL must be http or https, not ${url.protocol}`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

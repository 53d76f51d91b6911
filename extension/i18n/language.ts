// Which language the extension's UI speaks: the user's choice, else the browser's, else English.

/** Languages the UI is translated into. */
export type UiLanguage = 'en' | 'es';

/** The user's setting: follow the browser (`auto`) or force one language. @default 'auto' */
export type UiLanguagePreference = 'auto' | UiLanguage;

export const UI_LANGUAGE_PREFERENCES: readonly UiLanguagePreference[] = ['auto', 'en', 'es'];

/** Resolves the preference against the browser's language tag (e.g. "es-MX" → es). */
export function resolveUiLanguage(preference: UiLanguagePreference, browserLanguage: string | undefined): UiLanguage {
  if (preference !== 'auto') return preference;
  return browserLanguage?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/** The browser's UI language where the context has a navigator (pages, workers, content scripts). */
export function browserLanguage(): string | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.language;
}

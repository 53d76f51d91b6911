// The UI language as a signal, following the settings item (and the browser's language under "auto").
import { signal, type ReadonlySignal } from '@preact/signals';
import { browserLanguage, resolveUiLanguage, type UiLanguage } from '../i18n/language.ts';
import { settingsItem } from '../settings/settings.ts';

/** A live UI language; call `dispose` when the surface goes away. */
export function watchUiLanguage(): { language: ReadonlySignal<UiLanguage>; dispose: () => void } {
  const language = signal<UiLanguage>(resolveUiLanguage('auto', browserLanguage()));
  void settingsItem.getValue().then((s) => (language.value = resolveUiLanguage(s.uiLanguage, browserLanguage())));
  const dispose = settingsItem.watch((s) => (language.value = resolveUiLanguage(s.uiLanguage, browserLanguage())));
  return { language, dispose };
}

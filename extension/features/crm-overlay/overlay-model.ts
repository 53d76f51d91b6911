// State of the CRM overlay (signals): who is on the page, their mentions, and whether the panel is open.
import { computed, signal } from '@preact/signals';
import { translatorFor, type Translator } from '../../i18n/dictionary.ts';
import type { UiLanguage } from '../../i18n/language.ts';
import type { MentionSummary } from '../../mention-summary.ts';
import { sendToBackground } from '../../messages.ts';
import type { PersonIdentifiers } from '../../sites/person-identifiers.ts';
import { isContextInvalidated } from './context-invalidated.ts';

/** Where the lookup stands. */
export type OverlayLookup =
  | { state: 'loading' }
  | { state: 'ready'; mentions: MentionSummary[] }
  | { state: 'error'; detail: string };

export type OverlayModel = ReturnType<typeof createOverlayModel>;

export function createOverlayModel(language: { readonly value: UiLanguage }) {
  const person = signal<PersonIdentifiers>({ emails: [], handles: [] });
  const lookup = signal<OverlayLookup>({ state: 'loading' });
  const collapsed = signal(false);
  const now = signal(Date.now());
  const t = computed<Translator>(() => translatorFor(language.value));
  let generation = 0;

  /** Asks the background again; an answer for an older person is dropped. */
  async function refresh(): Promise<void> {
    const asked = ++generation;
    try {
      const { mentions } = await sendToBackground('mentions:of-person', person.value);
      if (asked === generation) lookup.value = { state: 'ready', mentions };
    } catch (error) {
      if (isContextInvalidated(error)) return;
      if (asked === generation) lookup.value = { state: 'error', detail: error instanceof Error ? error.message : String(error) };
    }
  }

  return {
    person,
    lookup,
    collapsed,
    now,
    t,
    language,
    refresh,
    /** A new page (or SPA route) shows someone else. */
    showPerson(next: PersonIdentifiers): Promise<void> {
      person.value = next;
      lookup.value = { state: 'loading' };
      return refresh();
    },
    toggle(): void {
      collapsed.value = !collapsed.value;
    },
  };
}

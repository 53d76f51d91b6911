// State of the CRM overlay (signals): who is on the page, what the background knows about them, linking,
// and whether the panel is open.
import { overlayCollapsedItem } from './overlay-dock.ts';
import { computed, signal } from '@preact/signals';
import type { AuthorCandidate } from '../../../shared/customer/customer-journey-view.ts';
import { translatorFor, type Translator } from '../../i18n/dictionary.ts';
import type { UiLanguage } from '../../i18n/language.ts';
import { sendToBackground } from '../../messages.ts';
import type { PersonIdentifiers } from '../../sites/crm/person-identifiers.ts';
import { isContextInvalidated } from './context-invalidated.ts';
import type { PageRecipe } from './identity-found.tsx';
import type { CustomerJourneyAnswer } from './overlay-journey.ts';

/** Where the lookup stands. */
export type OverlayLookup = { state: 'loading' } | { state: 'ready'; answer: CustomerJourneyAnswer } | { state: 'error'; detail: string };

/** A link the agent asked for: in flight, or failed with a reason. */
export type LinkState = { handle: string; platform: string; error?: string } | undefined;

export type OverlayModel = ReturnType<typeof createOverlayModel>;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function createOverlayModel(language: { readonly value: UiLanguage }) {
  const person = signal<PersonIdentifiers>({ emails: [], handles: [] });
  /** The recipe that read the page (its product and CRM system). */
  const recipe = signal<PageRecipe | undefined>(undefined);
  const lookup = signal<OverlayLookup>({ state: 'loading' });
  const linking = signal<LinkState>(undefined);
  const collapsed = signal(false);
  // Folded last time → folded again; a read that fails leaves it open.
  void overlayCollapsedItem.getValue().then((value) => (collapsed.value = value), () => undefined);
  const now = signal(Date.now());
  const t = computed<Translator>(() => translatorFor(language.value));
  let generation = 0;

  /** Asks the background again; an answer about an earlier person is dropped. */
  async function refresh(): Promise<void> {
    const asked = ++generation;
    try {
      const answer = await sendToBackground('customer:journey', person.value);
      if (asked === generation) lookup.value = { state: 'ready', answer };
    } catch (error) {
      if (isContextInvalidated(error)) return;
      if (asked === generation) lookup.value = { state: 'error', detail: messageOf(error) };
    }
  }

  return {
    person,
    recipe,
    lookup,
    linking,
    collapsed,
    now,
    t,
    language,
    refresh,
    /** A new page (or SPA route) shows someone else; `from` is the recipe that read them. */
    showPerson(next: PersonIdentifiers, from?: PageRecipe): Promise<void> {
      person.value = next;
      recipe.value = from;
      lookup.value = { state: 'loading' };
      linking.value = undefined;
      return refresh();
    },
    /** Links a candidate author to the customer on the page; the answer replaces the panel's content. */
    async link(candidate: Pick<AuthorCandidate, 'platform' | 'handle'>): Promise<void> {
      const current = lookup.value;
      const customerId = current.state === 'ready' && current.answer.kind === 'known' ? current.answer.journey.customer.id : undefined;
      const asked = generation;
      linking.value = { platform: candidate.platform, handle: candidate.handle };
      try {
        const answer = await sendToBackground('customer:link', { person: person.value, candidate, ...(customerId ? { customerId } : {}) });
        if (asked !== generation) return;
        lookup.value = { state: 'ready', answer };
        linking.value = undefined;
      } catch (error) {
        if (isContextInvalidated(error) || asked !== generation) return;
        linking.value = { ...candidate, error: messageOf(error) };
      }
    },
    toggle(): void {
      collapsed.value = !collapsed.value;
      void overlayCollapsedItem.setValue(collapsed.value).catch(() => undefined);
    },
  };
}

// The background's side of the overlay: finds the customer on a page in the Dexie cache or asks the
// collector (lookup by CRM id, then e-mail, then handle), serves a stale copy at once while fetching a
// fresh one, and links a public author to the customer when the agent says so.
import type { CustomerLookupQuery } from '../../../../shared/api/customers.ts';
import { normalizeHandle } from '../../../../shared/author-handle.ts';
import { hasHardIdentifier } from '../../../../shared/customer/customer.ts';
import type { AuthorCandidate, CustomerJourneyView } from '../../../../shared/customer/customer-journey-view.ts';
import { identityKeysOfPerson } from '../../../db/identities.ts';
import { isConfigured, settingsItem, type VigiaSettings } from '../../../settings/settings.ts';
import type { PersonIdentifiers } from '../../../sites/crm/person-identifiers.ts';
import { createCollectorClient, type CollectorClient } from '../../../sync/collector-client.ts';
import { CollectorHttpError, describeError } from '../../../sync/collector-errors.ts';
import { notifyJourneysChanged } from '../journeys-changed.ts';
import { toOverlayJourney, type CustomerJourneyAnswer } from '../overlay-journey.ts';
import { findPersonMentions } from '../person-mentions.ts';
import { findCachedCustomerId, forgetCachedCustomer, forgetOtherCollectorCustomers, readCachedJourney, storeCustomerJourney } from './journey-cache.ts';

/** Seams and limits. @default real settings and fetch; maxAgeMs 120000; unknownTtlMs 30000 */
export interface JourneyServiceOptions {
  loadSettings?: () => Promise<VigiaSettings>;
  fetchImpl?: typeof fetch;
  now?: () => Date;
  /** A cached journey older than this is shown, then refreshed. */
  maxAgeMs?: number;
  /** How long "nobody known" is remembered before the collector is asked again. */
  unknownTtlMs?: number;
  /** Called after a cached journey was refreshed or forgotten. */
  onChanged?: () => Promise<void>;
}

/** What the agent asked to link: a candidate author, to the customer on the page. */
export interface LinkRequest {
  person: PersonIdentifiers;
  candidate: Pick<AuthorCandidate, 'platform' | 'handle'>;
  /** The known customer, when the page's customer is known. */
  customerId?: string;
}

/** Raised when a link cannot be made (nothing on the page identifies the customer). */
export class CustomerLinkError extends Error {
  override name = 'CustomerLinkError';
}

export type JourneyService = ReturnType<typeof createJourneyService>;

/** Lookups in the order of certainty: CRM ids, e-mails (with the name, for candidates), handles. */
export function lookupQueriesOf(person: PersonIdentifiers): CustomerLookupQuery[] {
  const name = person.name ? { name: person.name } : {};
  return [
    ...(person.crmIds ?? []).map((c) => ({ crm: c.system, crmId: c.id, ...name })),
    ...person.emails.map((email) => ({ email, ...name })),
    ...person.handles.map((h) => ({ handle: h.handle, platform: h.platform, ...name })),
  ];
}

export function createJourneyService(options: JourneyServiceOptions = {}) {
  const { loadSettings = () => settingsItem.getValue(), fetchImpl, now = () => new Date(), maxAgeMs = 120_000, unknownTtlMs = 30_000, onChanged = notifyJourneysChanged } = options;
  const unknownUntil = new Map<string, { until: number; candidates: AuthorCandidate[] }>();
  const refreshing = new Map<string, Promise<void>>();

  const keyOf = (person: PersonIdentifiers) => identityKeysOfPerson(person).join('\n');
  const known = (view: CustomerJourneyView, fetchedAt: string, extra: { stale?: boolean; offline?: string; candidates?: AuthorCandidate[] } = {}): CustomerJourneyAnswer => ({
    kind: 'known',
    journey: toOverlayJourney(view, fetchedAt),
    candidates: (extra.candidates ?? []).filter((c) => !view.customer.handles.some((h) => h.platform === c.platform && h.handle === c.handle)),
    stale: extra.stale ?? false,
    ...(extra.offline ? { offline: extra.offline } : {}),
  });

  async function fetchAndStore(client: CollectorClient, settings: VigiaSettings, customerId: string, candidates?: AuthorCandidate[]): Promise<CustomerJourneyView> {
    const view = await client.customerJourney(customerId);
    await storeCustomerJourney(view, { collectorUrl: settings.collectorUrl, fetchedAt: now().toISOString(), ...(candidates ? { candidates } : {}) });
    return view;
  }

  /** Fetches one cached customer again (once at a time per customer); forgets them when erased. */
  function refresh(settings: VigiaSettings, customerId: string): Promise<void> {
    const running = refreshing.get(customerId);
    if (running) return running;
    const client = createCollectorClient(settings, fetchImpl);
    const job = fetchAndStore(client, settings, customerId)
      .then(() => true)
      .catch(async (error: unknown) => {
        if (!(error instanceof CollectorHttpError && error.status === 404)) return false;
        await forgetCachedCustomer(customerId);
        return true;
      })
      // Offline or refused: the cached copy stays and nobody is told (telling would make overlays ask again at once).
      .then((changed) => (changed ? onChanged() : undefined))
      .finally(() => refreshing.delete(customerId));
    refreshing.set(customerId, job);
    return job;
  }

  async function resolve(client: CollectorClient, person: PersonIdentifiers): Promise<{ customerId?: string; candidates: AuthorCandidate[] }> {
    const candidates = new Map<string, AuthorCandidate>();
    for (const query of lookupQueriesOf(person)) {
      const result = await client.lookupCustomer(query);
      // The collector also suggests authors beside a customer it found (same display name).
      if (result.customer) return { customerId: result.customer.id, candidates: result.candidates };
      for (const c of result.candidates) if (!candidates.has(`${c.platform}:${c.handle}`)) candidates.set(`${c.platform}:${c.handle}`, c);
    }
    return { candidates: [...candidates.values()] };
  }

  return {
    /** The journey of the customer on a page, or candidates when nobody is known for sure. */
    async journeyFor(person: PersonIdentifiers): Promise<CustomerJourneyAnswer> {
      const settings = await loadSettings();
      if (!isConfigured(settings)) return { kind: 'not-configured', mentions: await findPersonMentions(person) };
      await forgetOtherCollectorCustomers(settings.collectorUrl);
      const keys = identityKeysOfPerson(person);
      const unknown = async (candidates: AuthorCandidate[], offline?: string): Promise<CustomerJourneyAnswer> => ({
        kind: 'unknown',
        candidates,
        mentions: await findPersonMentions(person),
        canLink: hasHardIdentifier({ emails: person.emails, handles: person.handles, crmIds: person.crmIds ?? [] }),
        ...(offline ? { offline } : {}),
      });
      if (keys.length === 0) return unknown([]);

      const cachedId = await findCachedCustomerId(keys, settings.collectorUrl);
      const cached = cachedId ? await readCachedJourney(cachedId, settings.collectorUrl) : undefined;
      if (cachedId && cached) {
        const stale = now().getTime() - Date.parse(cached.fetchedAt) > maxAgeMs;
        if (stale) void refresh(settings, cachedId);
        return known(cached.view, cached.fetchedAt, { stale, candidates: cached.candidates });
      }
      const remembered = unknownUntil.get(keyOf(person));
      if (remembered && remembered.until > now().getTime()) return unknown(remembered.candidates);

      const client = createCollectorClient(settings, fetchImpl);
      try {
        const { customerId, candidates } = await resolve(client, person);
        if (!customerId) {
          unknownUntil.set(keyOf(person), { until: now().getTime() + unknownTtlMs, candidates });
          return await unknown(candidates);
        }
        const view = await fetchAndStore(client, settings, customerId, candidates);
        return known(view, now().toISOString(), { candidates });
      } catch (error) {
        return unknown([], describeError(error));
      }
    },

    /** Links the candidate author to the page's customer (creating the customer from the page's identifiers if needed). */
    async link(request: LinkRequest): Promise<CustomerJourneyAnswer> {
      const settings = await loadSettings();
      if (!isConfigured(settings)) throw new CustomerLinkError('link: set the collector URL and API token first');
      const client = createCollectorClient(settings, fetchImpl);
      let customerId = request.customerId;
      if (!customerId) {
        const { person, candidate } = request;
        // The candidate's handle is left to the link itself, so the collector records who linked it and when.
        const handles = person.handles.filter((h) => !(h.platform === candidate.platform && normalizeHandle(h.handle) === normalizeHandle(candidate.handle)));
        const identity = { names: person.name ? [person.name] : [], emails: person.emails, handles, crmIds: person.crmIds ?? [] };
        if (!hasHardIdentifier(identity)) throw new CustomerLinkError('link: this page shows no e-mail, handle or CRM id to create the customer with');
        await client.importCustomer(identity);
        customerId = (await resolve(client, person)).customerId;
        if (!customerId) throw new CustomerLinkError('link: the collector did not create the customer');
      }
      await client.linkIdentity(customerId, { platform: request.candidate.platform, handle: request.candidate.handle });
      unknownUntil.clear();
      const view = await fetchAndStore(client, settings, customerId);
      await onChanged();
      const cached = await readCachedJourney(customerId, settings.collectorUrl);
      return known(view, now().toISOString(), { candidates: cached?.candidates ?? [] });
    },

    /** Fetches these cached customers again (a new mention of theirs arrived). */
    async refreshCustomers(customerIds: readonly string[]): Promise<void> {
      const settings = await loadSettings();
      if (!isConfigured(settings)) return;
      await Promise.all(customerIds.map((id) => refresh(settings, id)));
    },

    /** Forgets remembered "nobody known" answers (e.g. after new mentions arrived). */
    forgetUnknown(): void {
      unknownUntil.clear();
    },
  };
}

// The background's answers to the overlay's customer messages (extension/messages.ts).
import type { MessageHandlers } from '../../../messages.ts';
import type { PersonIdentifiers } from '../../../sites/crm/person-identifiers.ts';
import type { JourneyService } from './journey-service.ts';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.length <= 320) : []);
const pairs = <K extends string>(value: unknown, a: K, b: K): Record<K, string>[] =>
  (Array.isArray(value) ? value : []).filter(
    (v): v is Record<K, string> => typeof v === 'object' && v !== null && typeof v[a] === 'string' && typeof v[b] === 'string',
  );

/** What a content script sent, kept to the expected shape (a page's script could have shaped the DOM it came from). */
export function toPersonIdentifiers(raw: unknown): PersonIdentifiers {
  const input = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const person: PersonIdentifiers = {
    emails: strings(input.emails).slice(0, 10),
    handles: pairs(input.handles, 'platform', 'handle').slice(0, 10).map(({ platform, handle }) => ({ platform, handle })),
  };
  const crmIds = pairs(input.crmIds, 'system', 'id').slice(0, 5);
  if (crmIds.length > 0) person.crmIds = crmIds.map(({ system, id }) => ({ system, id })) as PersonIdentifiers['crmIds'];
  if (typeof input.name === 'string' && input.name.trim()) person.name = input.name.trim().slice(0, 200);
  return person;
}

export function createCustomerHandlers(journeys: JourneyService, engine: { ensureRunning(): void }): Pick<MessageHandlers, 'customer:journey' | 'customer:link'> {
  return {
    'customer:journey': async (person) => {
      engine.ensureRunning();
      return journeys.journeyFor(toPersonIdentifiers(person));
    },
    'customer:link': async (request) => {
      const candidate = { platform: String(request.candidate?.platform ?? ''), handle: String(request.candidate?.handle ?? '') };
      return journeys.link({
        person: toPersonIdentifiers(request.person),
        candidate,
        ...(typeof request.customerId === 'string' ? { customerId: request.customerId } : {}),
      });
    },
  };
}

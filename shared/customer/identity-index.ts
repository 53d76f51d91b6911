// In-memory lookup from an e-mail, a platform handle, a CRM id or a name to the customers that carry it.
import { normalizeHandle } from '../author-handle.ts';
import { normalizeEmail, normalizeName, type CrmSystem, type Customer } from './customer.ts';

const emailKey = (email: string) => `e\n${normalizeEmail(email)}`;
const handleKey = (platform: string, handle: string) => `h\n${platform}\n${normalizeHandle(handle)}`;
/** A handle on any platform, fediverse instance dropped (marta_rz@mastodon.social → marta_rz): suggestions only. */
const anyHandleKey = (handle: string) => `a\n${normalizeHandle(handle).split('@')[0]}`;
const crmKey = (system: string, id: string) => `c\n${system}\n${id.trim()}`;
const nameKey = (name: string) => `n\n${normalizeName(name)}`;

function keysOf(customer: Customer): string[] {
  return [
    ...customer.emails.map(emailKey),
    ...customer.handles.flatMap((h) => [handleKey(h.platform, h.handle), anyHandleKey(h.handle)]),
    ...customer.crmIds.map((c) => crmKey(c.system, c.id)),
    ...customer.names.filter((n) => normalizeName(n) !== '').map(nameKey),
  ];
}

/**
 * Every identity of every customer, indexed. Adding a customer again replaces its previous identities,
 * so an unlink is `add(customerWithoutThatHandle)`. Lookups return customer ids in insertion order;
 * more than one id means the data holds duplicates, which callers must not resolve by guessing.
 */
export class IdentityIndex {
  readonly #byKey = new Map<string, Set<string>>();
  readonly #customers = new Map<string, Customer>();

  constructor(customers: Iterable<Customer> = []) {
    for (const customer of customers) this.add(customer);
  }

  get size(): number {
    return this.#customers.size;
  }

  add(customer: Customer): void {
    this.remove(customer.id);
    this.#customers.set(customer.id, customer);
    for (const key of keysOf(customer)) {
      let ids = this.#byKey.get(key);
      if (!ids) this.#byKey.set(key, (ids = new Set()));
      ids.add(customer.id);
    }
  }

  remove(customerId: string): void {
    const previous = this.#customers.get(customerId);
    if (!previous) return;
    this.#customers.delete(customerId);
    for (const key of keysOf(previous)) {
      const ids = this.#byKey.get(key);
      ids?.delete(customerId);
      if (ids?.size === 0) this.#byKey.delete(key);
    }
  }

  get(customerId: string): Customer | undefined {
    return this.#customers.get(customerId);
  }

  byEmail(email: string): string[] {
    return this.#lookup(emailKey(email));
  }

  byHandle(platform: string, handle: string): string[] {
    return this.#lookup(handleKey(platform, handle));
  }

  /** Customers with this handle on any platform (the same person often keeps one handle everywhere). */
  byHandleOnAnyPlatform(handle: string): string[] {
    return this.#lookup(anyHandleKey(handle));
  }

  byCrmId(system: CrmSystem, id: string): string[] {
    return this.#lookup(crmKey(system, id));
  }

  /** Customers whose name is the same once case, accents and punctuation are folded. */
  byName(name: string): string[] {
    return normalizeName(name) === '' ? [] : this.#lookup(nameKey(name));
  }

  #lookup(key: string): string[] {
    return [...(this.#byKey.get(key) ?? [])];
  }
}

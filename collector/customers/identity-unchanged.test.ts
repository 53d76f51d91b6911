// addsNothing says yes only where merging and storing would leave the customer as it is.
import { describe, expect, it } from 'vitest';
import { mergeIdentities, type Customer, type CustomerIdentity } from '../../shared/customer/customer.ts';
import { addsNothing } from './identity-unchanged.ts';
import { identityListsOf, identityRefsOf } from './identity-refs.ts';

const stored = (c: Customer): Customer => ({ id: c.id, names: c.names, ...identityListsOf(identityRefsOf(c)) });
const mergeChanges = (c: Customer, identity: CustomerIdentity) => JSON.stringify(stored({ id: c.id, ...mergeIdentities(c, identity) })) !== JSON.stringify(c);

const ana: Customer = { id: 'cus_1', names: ['Ana Gil'], emails: ['ana@example.com'], handles: [{ platform: 'reddit', handle: 'ana_g' }], crmIds: [{ system: 'zendesk', id: '42' }] };
const id = (over: Partial<CustomerIdentity>): CustomerIdentity => ({ names: [], emails: [], handles: [], crmIds: [], ...over });

/** Name, customer, identity, and whether addsNothing can tell (a name written otherwise is left to the merge). */
const cases: [string, Customer, CustomerIdentity, boolean][] = [
  ['the same identity', ana, id({ names: ['Ana Gil'], emails: ['ana@example.com'], handles: [{ platform: 'reddit', handle: 'ana_g' }] }), true],
  ['part of it', ana, id({ emails: ['ana@example.com'] }), true],
  ['a new e-mail', ana, id({ emails: ['ana@work.example'] }), false],
  ['a new name', ana, id({ names: ['Ana'], emails: ['ana@example.com'] }), false],
  ['a name written otherwise', ana, id({ names: ['ANA GIL'], emails: ['ana@example.com'] }), false],
  ['a handle on another platform', ana, id({ handles: [{ platform: 'x', handle: 'ana_g' }] }), false],
  ['a new CRM id', ana, id({ crmIds: [{ system: 'zendesk', id: '43' }] }), false],
  ['names that fold alike on the customer', { ...ana, names: ['Ana Gil', 'ana gil'] }, id({ emails: ['ana@example.com'] }), false],
  ['the same e-mail twice on the customer', { ...ana, emails: ['ana@example.com', 'ana@example.com'] }, id({ emails: ['ana@example.com'] }), false],
  ['a handle stored before normalising', { ...ana, handles: [{ platform: 'reddit', handle: 'u/u/ana' }] }, id({ emails: ['ana@example.com'] }), false],
];

describe('addsNothing', () => {
  it.each(cases)('%s', (_, customer, identity, expected) => {
    expect(addsNothing(customer, identity)).toBe(expected);
    // Never a yes where the merge would change the customer.
    if (expected) expect(mergeChanges(customer, identity)).toBe(false);
  });

  it('a no is left to the merge, which may still find nothing new', () => {
    expect(mergeChanges(ana, id({ names: ['ANA GIL'], emails: ['ana@example.com'] }))).toBe(false);
    expect(mergeChanges({ ...ana, names: ['Ana Gil', 'ana gil'] }, id({ emails: ['ana@example.com'] }))).toBe(true);
    expect(mergeChanges({ ...ana, handles: [{ platform: 'reddit', handle: 'u/u/ana' }] }, id({ emails: ['ana@example.com'] }))).toBe(true);
  });
});

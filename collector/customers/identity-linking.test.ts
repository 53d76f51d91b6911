import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/customer/customer.ts';
import type { Mention } from '../../shared/mention.ts';
import { makeMention } from '../testing/mention-factory.ts';
import { CustomerNotFoundError } from './customer-errors.ts';
import { emailRef, handleRef } from './identity-refs.ts';
import { linkIdentity, unlinkIdentity } from './identity-linking.ts';
import { openTempStore, type TempStore } from './testing/customer-fixtures.ts';

const NOW = '2026-11-24T12:00:00.000Z';
const ana: Customer = { id: 'cus-ana', names: ['Ana Gil'], emails: ['ana@example.com'], handles: [{ platform: 'mastodon', handle: 'ana@mastodon.social' }], crmIds: [] };
const bea: Customer = {
  id: 'cus-bea',
  names: ['Bea Roca'],
  emails: ['bea@example.com'],
  handles: [{ platform: 'reddit', handle: 'shared_handle' }, { platform: 'x', handle: 'bea_r' }],
  crmIds: [{ system: 'hubspot', id: '77' }],
};

let temp: TempStore;
let posts: Mention[];
beforeEach(async () => {
  temp = openTempStore();
  await temp.store.customers.saveCustomer(ana, NOW);
  await temp.store.customers.saveCustomer(bea, NOW);
  posts = [
    makeMention({ author: { handle: 'ana_g' }, moment: 'IMOT', priority: 35 }),
    makeMention({ author: { handle: 'ana_g' }, sentiment: { score: 0.5, label: 'positive', confidence: 0.8 }, priority: 10 }),
    makeMention({ author: { handle: 'shared_handle' } }),
  ];
  await temp.store.insertMentions(posts);
});
afterEach(() => temp.close());

/** Everything a link may touch: both customers, every mention, as stored. */
async function snapshot() {
  const { customers } = temp.store;
  return { customers: await customers.getCustomers([ana.id, bea.id]), mentions: await Promise.all(posts.map((p) => temp.store.getMention(p.id))) };
}

describe('linking an author to a customer', () => {
  it("links the author's mentions at once with the known-customer priority, recording who and when", async () => {
    const updated = await linkIdentity(temp.store.customers, { customerId: ana.id, identity: handleRef('reddit', '@Ana_G'), by: 'luis', now: NOW });
    expect(updated.handles).toEqual([...ana.handles, { platform: 'reddit', handle: 'ana_g' }]);
    const [first, second] = await Promise.all(posts.slice(0, 2).map((p) => temp.store.getMention(p.id)));
    expect([first?.customerId, second?.customerId]).toEqual([ana.id, ana.id]);
    expect(first!.priority).toBeGreaterThan(0);
    const link = await temp.store.customers.activeLink(ana.id, handleRef('reddit', 'ana_g'));
    expect(link).toMatchObject({ linkedBy: 'luis', linkedAt: NOW, alreadyOwned: false, mentions: expect.arrayContaining([{ mentionId: posts[0]!.id, moment: 'IMOT', priority: 35 }]) });
    expect(link!.previousCustomerId).toBeUndefined();
  });

  it('unlinking restores the previous state exactly, also for mentions collected after the link', async () => {
    const before = await snapshot();
    await linkIdentity(temp.store.customers, { customerId: ana.id, identity: handleRef('reddit', 'ana_g'), by: 'luis', now: NOW });
    // A post collected later, linked by the pipeline because the handle is Ana's now.
    const later = makeMention({ author: { handle: 'ana_g' }, priority: 20 });
    await temp.store.insertMentions([{ ...later, customerId: ana.id, priority: 30 }]);
    await unlinkIdentity(temp.store.customers, { customerId: ana.id, identity: handleRef('reddit', 'ana_g'), by: 'marta', now: NOW });
    expect(await snapshot()).toEqual(before);
    expect((await temp.store.getMention(later.id))?.customerId).toBeUndefined();
    expect(await temp.store.customers.activeLink(ana.id, handleRef('reddit', 'ana_g'))).toBeUndefined();
  });

  it("takes an identity from another customer and gives it back in its place on unlink", async () => {
    const before = await snapshot();
    await linkIdentity(temp.store.customers, { customerId: ana.id, identity: handleRef('reddit', 'shared_handle'), by: 'luis', now: NOW });
    expect((await temp.store.customers.getCustomer(bea.id))?.handles).toEqual([{ platform: 'x', handle: 'bea_r' }]);
    expect((await temp.store.getMention(posts[2]!.id))?.customerId).toBe(ana.id);
    await unlinkIdentity(temp.store.customers, { customerId: ana.id, identity: handleRef('reddit', 'shared_handle'), by: 'luis', now: NOW });
    expect(await snapshot()).toEqual(before);
  });

  it('removes an imported identity when there is no link to undo, and refuses unknown ones', async () => {
    const updated = await unlinkIdentity(temp.store.customers, { customerId: bea.id, identity: emailRef('BEA@example.com'), by: 'luis', now: NOW });
    expect(updated.emails).toEqual([]);
    await expect(unlinkIdentity(temp.store.customers, { customerId: bea.id, identity: emailRef('bea@example.com'), by: 'luis', now: NOW })).rejects.toThrow(
      /^customers: customer cus-bea has no e-mail bea@example.com$/,
    );
    await expect(linkIdentity(temp.store.customers, { customerId: 'nobody', identity: emailRef('x@example.com'), by: 'luis', now: NOW })).rejects.toBeInstanceOf(CustomerNotFoundError);
  });

  it('linking an identity the customer already has changes nothing and leaves nothing to undo', async () => {
    const before = await snapshot();
    await linkIdentity(temp.store.customers, { customerId: bea.id, identity: handleRef('x', 'bea_r'), by: 'luis', now: NOW });
    expect(await snapshot()).toEqual(before);
    expect(await temp.store.customers.activeLink(bea.id, handleRef('x', 'bea_r'))).toBeUndefined();
  });
});

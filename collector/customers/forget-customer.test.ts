import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeMention } from '../testing/mention-factory.ts';
import { findCustomerToForget, forgetCustomer } from './forget-customer.ts';
import { handleRef } from './identity-refs.ts';
import { linkIdentity } from './identity-linking.ts';
import { everyTableAsText, importDemoExports, openTempStore, DEMO_NOW, type TempStore } from './testing/customer-fixtures.ts';

let temp: TempStore;
beforeEach(() => {
  temp = openTempStore();
});
afterEach(() => temp.close());

/** What identifies Marta in the demo exports, beyond the public handle her posts carry. */
const MARTA_TRACES = ['marta@example.com', 'Marta Ruiz', '90377', '5101', 'Alcalá 212', 'Portabilidad saliente', 'Tercera cita de traslado'];

/** A trace as a whole token: her customer number "5101" is not inside a random id such as "a85101f…". */
const contains = (text: string, trace: string): boolean =>
  new RegExp(`(?<![\\p{L}\\p{N}])${trace.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u').test(text);

describe('forgetting a customer', () => {
  it('leaves nothing of the person in any table; their public mentions stay, unlinked', async () => {
    const post = makeMention({ author: { name: 'marta', handle: 'marta_rz' }, text: 'Tercer día sin técnico, me cambio de compañía' });
    const other = makeMention({ author: { name: 'James', handle: 'jamesp_uk' } });
    await temp.store.insertMentions([post, other]);
    await importDemoExports(temp.store);
    const marta = await findCustomerToForget(temp.store.customers, { handle: '@marta_rz' });
    // A person's link and a move, so links and moves have rows of hers too.
    await linkIdentity(temp.store.customers, { customerId: marta, identity: handleRef('x', 'marta_x'), by: 'ana', now: DEMO_NOW });
    const [touchpoint] = await temp.store.customers.touchpointsOf(marta);
    await temp.store.customers.saveJourneyMove({ customerId: marta, touchpointId: touchpoint!.id, journeyId: 'j-moved', by: 'ana', at: DEMO_NOW });
    const before = await everyTableAsText(temp.store);
    expect([...before.values()].join('\n')).toContain(marta);

    expect(await forgetCustomer(temp.store.customers, marta)).toEqual({ customers: 1, identities: 6, touchpoints: 11, links: 1 });

    for (const [table, text] of await everyTableAsText(temp.store)) {
      for (const trace of [marta, ...MARTA_TRACES]) expect(contains(text, trace), `${trace} still in ${table}`).toBe(false);
      // Her handle survives only on her public posts, as their author.
      if (table !== 'mentions') expect(text.includes('marta_rz'), `handle in ${table}`).toBe(false);
    }
    const kept = await temp.store.getMention(post.id);
    expect(kept).toMatchObject({ id: post.id, text: post.text, author: post.author });
    expect(kept?.customerId).toBeUndefined();
    expect((await temp.store.getMention(other.id))?.customerId).toMatch(/^cus_/);
    await expect(forgetCustomer(temp.store.customers, marta)).rejects.toThrow(/no customer/);
  });

  it('erases her bytes from the SQLite file and its write-ahead log, and judges her public posts again without her history', async () => {
    const complaint = makeMention({ author: { name: 'marta', handle: 'marta_rz' }, text: 'El técnico no vino, pésimo servicio', publishedAt: '2026-11-22T10:00:00.000Z' });
    const leaving = makeMention({ author: { name: 'marta', handle: 'marta_rz' }, text: 'Me cambio de compañía, se acabó', moment: 'LZMOT', publishedAt: '2026-11-22T11:00:00.000Z' });
    await temp.store.insertMentions([complaint, leaving]);
    await importDemoExports(temp.store);
    expect(await temp.store.getMention(complaint.id)).toMatchObject({ moment: 'LZMOT', priority: expect.any(Number) });
    expect((await temp.store.getMention(complaint.id))!.priority).toBeGreaterThanOrEqual(80);
    const marta = await findCustomerToForget(temp.store.customers, { email: 'marta@example.com' });
    // Everything that names her but her public posts (which carry her reddit handle as their author).
    const traces = [marta, ...MARTA_TRACES, 'marta_rz@mastodon.social'];
    const files = () => ['vigia.db', 'vigia.db-wal'].map((f) => join(temp.dir, f)).filter(existsSync);
    const found = () => traces.filter((trace) => files().some((f) => readFileSync(f).includes(Buffer.from(trace, 'utf8'))));
    expect(found()).toEqual(traces);
    const residue: string[] = [];

    await forgetCustomer(temp.store.customers, marta, { onResidue: (note) => residue.push(note) });

    expect(found()).toEqual([]);
    expect(residue).toEqual([]);
    // Her erased touchpoints made the plain complaint LZMOT; the post that says she is leaving stays one.
    const rejudged = await temp.store.getMention(complaint.id);
    expect(rejudged?.moment).not.toBe('LZMOT');
    expect(rejudged!.priority).toBeLessThan(80);
    expect(rejudged?.customerId).toBeUndefined();
    expect(await temp.store.getMention(leaving.id)).toMatchObject({ moment: 'LZMOT' });
    expect((await temp.store.listMentions({ moment: 'LZMOT' }, { mode: 'newest' }, 10)).items.map((m) => m.id)).toEqual([leaving.id]);
  });

  it('finds the customer by e-mail or handle, and asks for the platform when a handle names two people', async () => {
    await importDemoExports(temp.store);
    const james = await findCustomerToForget(temp.store.customers, { email: 'James.Porter@example.co.uk' });
    expect(await findCustomerToForget(temp.store.customers, { handle: 'jamesp_uk', platform: 'reddit' })).toBe(james);
    await linkIdentity(temp.store.customers, { customerId: james, identity: handleRef('mastodon', 'marta_rz'), by: 'ana', now: DEMO_NOW });
    await expect(findCustomerToForget(temp.store.customers, { handle: 'marta_rz' })).rejects.toThrow(
      /^customers: the handle marta_rz belongs to 2 customers \(on reddit, mastodon\): name the platform with --platform$/,
    );
    await expect(findCustomerToForget(temp.store.customers, { email: 'nobody@example.com' })).rejects.toThrow(/no customer has the e-mail nobody@example.com/);
  });
});

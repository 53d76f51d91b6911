import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MuteAddedAnswer, MuteRemovedAnswer, NoiseAnswer, NotAboutUsAnswer } from '../../../shared/api/noise.ts';
import type { Mention } from '../../../shared/mention.ts';
import type { QueryExclusion } from '../../../shared/mutes/mute-rule.ts';
import { makeMention } from '../../testing/mention-factory.ts';
import { openApiFixture, type ApiFixture } from '../testing/api-fixture.ts';

const kestrel = [{ brand: 'Kestrel', terms: ['kestrel'] }];
const spam = makeMention({ author: { name: 'Promo Bot', handle: 'promo_bot' }, matches: kestrel, text: 'Kestrel giveaway!!' });
const bird = makeMention({ author: { handle: 'birder' }, matches: kestrel, text: 'A kestrel falcon over the field' });
const customer = makeMention({ author: { handle: 'marta_rz' }, matches: kestrel, text: 'Kestrel router down again' });

let fx: ApiFixture;
beforeEach(async () => {
  fx = await openApiFixture({ brands: [{ name: 'Kestrel', query: 'kestrel' }] }, 'ana');
  await fx.store.insertMentions([spam, bird, customer]);
});
afterEach(() => fx.close());

const call = async <T>(method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown, headers = fx.auth) => {
  const res = await fx.api.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload: payload as object }) });
  return { status: res.statusCode, body: res.json() as T };
};
const shown = async () => (await fx.store.listMentions({ muted: 'hide' }, { mode: 'newest' }, 10)).items.map((m) => m.author.handle).sort();

describe('mute rules over HTTP', () => {
  it('mutes an author (hiding what is stored), lists the rule, and unmutes it (showing it again)', async () => {
    const added = await call<MuteAddedAnswer>('POST', '/api/mutes', { brand: 'Kestrel', kind: 'author', value: ' @Promo_Bot ' });
    expect(added).toMatchObject({ status: 201, body: { created: true, hidden: 1, rule: { brand: 'Kestrel', kind: 'author', value: '@Promo_Bot', by: 'ana' } } });
    expect(await shown()).toEqual(['birder', 'marta_rz']);
    expect((await call<MuteAddedAnswer>('POST', '/api/mutes', { brand: 'Kestrel', kind: 'author', value: 'promo_bot' })).body.created).toBe(false);
    expect((await call<NoiseAnswer>('GET', '/api/mutes')).body.mutes.map((r) => r.id)).toEqual([added.body.rule.id]);
    expect(await call<MuteRemovedAnswer>('DELETE', `/api/mutes/${added.body.rule.id}`)).toMatchObject({ status: 200, body: { shown: 1 } });
    expect(await shown()).toEqual(['birder', 'marta_rz', 'promo_bot']);
  });

  it('names what is wrong: an unknown brand, a bad value, a rule of the config file, an unknown rule, no token', async () => {
    expect(await call('POST', '/api/mutes', { brand: 'Acme', kind: 'author', value: 'x' })).toMatchObject({ status: 400, body: { error: 'no brand "Acme" in the config (brands: Kestrel)' } });
    expect(await call('POST', '/api/mutes', { brand: 'Kestrel', kind: 'source', value: 'Not A Source!' })).toMatchObject({ status: 400, body: { error: expect.stringMatching(/^invalid request: value: "Not A Source!" is neither a source id/) } });
    expect(await call('DELETE', '/api/mutes/config:Kestrel:author:x')).toMatchObject({ status: 409, body: { error: expect.stringMatching(/comes from the config file \(brands\[\]\.mute\)/) } });
    expect(await call('DELETE', '/api/mutes/nope')).toMatchObject({ status: 404, body: { error: 'no mute nope' } });
    expect((await call('POST', '/api/mutes', { brand: 'Kestrel', kind: 'author', value: 'x' }, { authorization: 'Bearer wrong' })).status).toBe(401);
  });
});

describe('"not about us" and exclusion suggestions', () => {
  it('hides the mention, suggests an exclusion, lists it to accept, and accepting it removes it from the suggestions', async () => {
    const marked = await call<NotAboutUsAnswer>('POST', `/api/mentions/${bird.id}/not-about-us`, {});
    expect(marked).toMatchObject({ status: 200, body: { suggestion: '-"kestrel falcon"', mention: { id: bird.id, muted: { by: 'ana', rule: { kind: 'not-about-us', brand: 'Kestrel' } } } } });
    expect(await shown()).toEqual(['marta_rz', 'promo_bot']);
    expect((await call<NoiseAnswer>('GET', '/api/mutes')).body.suggestions).toEqual([{ brand: 'Kestrel', exclusion: '-"kestrel falcon"', mentionIds: [bird.id] }]);

    const accepted = await call<QueryExclusion>('POST', '/api/exclusions', { brand: 'Kestrel', exclusion: '-"kestrel falcon"' });
    expect(accepted).toMatchObject({ status: 201, body: { brand: 'Kestrel', exclusion: '-"kestrel falcon"', by: 'ana' } });
    const after = (await call<NoiseAnswer>('GET', '/api/mutes')).body;
    expect([after.suggestions, after.exclusions.map((e) => e.exclusion)]).toEqual([[], ['-"kestrel falcon"']]);
    expect(await call('DELETE', `/api/exclusions/${accepted.body.id}`)).toMatchObject({ status: 200, body: { removed: true } });
    expect((await call('DELETE', `/api/exclusions/${accepted.body.id}`)).status).toBe(404);
  });

  it('takes "not about us" back, and refuses a brand the mention is not about, an unknown mention, a bad exclusion', async () => {
    await call('POST', `/api/mentions/${bird.id}/not-about-us`, { brand: 'Kestrel' });
    expect(await call<Mention>('DELETE', `/api/mentions/${bird.id}/not-about-us`)).toMatchObject({ status: 200, body: { id: bird.id } });
    expect((await fx.store.getMention(bird.id))?.muted).toBeUndefined();
    expect(await call('POST', `/api/mentions/${bird.id}/not-about-us`, { brand: 'Acme' })).toMatchObject({ status: 409, body: { error: `mention ${bird.id} is not about "Acme"` } });
    expect((await call('POST', '/api/mentions/missing/not-about-us', {})).status).toBe(404);
    expect(await call('POST', '/api/exclusions', { brand: 'Kestrel', exclusion: 'falcon' })).toMatchObject({ status: 400, body: { error: expect.stringMatching(/exclusion: must be -word or -"a phrase"/) } });
  });
});

// Noise control and posted replies as the store keeps them, on every engine: mutes hide what is stored and
// unmuting shows it again (each change a new seq in the change feed), config rules follow the file,
// "not about us" is reversible, a reply marks the mention responded once, exclusions are kept per brand.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Mention } from '../../shared/mention.ts';
import type { PostedReply } from '../../shared/replies/posted-reply.ts';
import { makeMention } from '../testing/mention-factory.ts';
import type { StoreHarness } from './testing/store-contract.ts';
import type { VigiaStore } from './store.ts';
import { testEngines } from './testing/test-databases.ts';

const AT = '2026-11-24T10:00:00.000Z';
const acme = [{ brand: 'Acme', terms: ['acme'] }];

describe.each(await testEngines())('noise control in the store ($name)', (engine) => {
  let harness: StoreHarness;
  let store: VigiaStore;
  beforeEach(async () => {
    harness = await engine.create();
    store = await harness.open();
  });
  afterEach(() => harness.destroy());

  const hiddenIds = async () => (await store.listMentions({ muted: 'only' }, { mode: 'newest' }, 100)).items.map((m) => m.id).sort();
  const shownIds = async () => (await store.listMentions({ muted: 'hide' }, { mode: 'newest' }, 100)).items.map((m) => m.id).sort();

  it('mutes an author: stored mentions of that brand are hidden, not deleted, and come back when unmuted', async () => {
    const spam = makeMention({ author: { name: 'Promo Bot', handle: 'Promo_Bot' } });
    const spamOtherBrand = makeMention({ author: { handle: 'promo_bot' }, matches: acme });
    const fedi = makeMention({ author: { handle: 'promo_bot@mastodon.social' }, platform: 'mastodon' });
    const customer = makeMention({ author: { handle: 'marta_rz' }, text: 'promo_bot keeps spamming Lumora threads' });
    await store.insertMentions([spam, spamOtherBrand, fedi, customer]);
    const before = await store.latestSeq();

    const added = await store.noise.addMute({ brand: 'Lumora', kind: 'author', value: '@promo_bot', by: 'ana' }, AT);
    expect(added).toMatchObject({ created: true, hidden: 2, rule: { brand: 'Lumora', kind: 'author', value: '@promo_bot', by: 'ana', at: AT } });
    expect(await hiddenIds()).toEqual([spam.id, fedi.id].sort());
    expect(await shownIds()).toEqual([spamOtherBrand.id, customer.id].sort());
    expect(await store.countMentions()).toBe(4);
    expect((await store.getMention(spam.id))?.muted).toEqual({ by: 'ana', at: AT, rule: { kind: 'rule', ruleId: added.rule.id, brand: 'Lumora', muteKind: 'author', value: '@promo_bot' } });
    // Each hidden mention is a change the extension's sync will hear about.
    const changes = await store.listMentions({}, { mode: 'changes', afterSeq: before }, 10);
    expect(changes.items.map((m) => m.id).sort()).toEqual([spam.id, fedi.id].sort());

    // The same rule again (another spelling of the handle) changes nothing.
    expect(await store.noise.addMute({ brand: 'Lumora', kind: 'author', value: 'PROMO_BOT', by: 'luis' }, AT)).toMatchObject({ created: false, hidden: 0, rule: { id: added.rule.id } });

    const removed = await store.noise.removeMute(added.rule.id, AT);
    expect(removed).toMatchObject({ shown: 2, rule: { id: added.rule.id } });
    expect(await hiddenIds()).toEqual([]);
    const { triage: _, ...restored } = spam;
    expect(await store.getMention(spam.id)).toMatchObject(restored);
    expect((await store.getMention(spam.id))?.muted).toBeUndefined();
    expect(await store.noise.removeMute(added.rule.id, AT)).toBeUndefined();
  });

  it('hands a mention hidden by two rules to the other when one is removed; phrases and sources are whole words and hosts', async () => {
    const bait = makeMention({ url: 'https://news.clickbait.example/lumora', text: 'Fibra GRATIS con Lumora: el truco' });
    const fibre = makeMention({ text: 'Lumora fibra gratisima' });
    await store.insertMentions([bait, fibre]);
    const phrase = await store.noise.addMute({ brand: 'Lumora', kind: 'phrase', value: 'fibra gratis', by: 'ana' }, AT);
    const source = await store.noise.addMute({ brand: 'Lumora', kind: 'source', value: 'clickbait.example', by: 'ana' }, AT);
    expect([phrase.hidden, source.hidden]).toEqual([1, 0]);
    expect(await hiddenIds()).toEqual([bait.id]);
    await store.noise.removeMute(phrase.rule.id, AT);
    expect((await store.getMention(bait.id))?.muted?.rule).toMatchObject({ kind: 'rule', ruleId: source.rule.id, muteKind: 'source' });
    await store.noise.removeMute(source.rule.id, AT);
    expect(await hiddenIds()).toEqual([]);
  });

  it('keeps the config file\'s rules as the file says: new ones hide, removed ones show again', async () => {
    const bot = makeMention({ author: { handle: 'deals_bot' } });
    const jobs = makeMention({ text: 'Lumora is hiring: job offer in Madrid' });
    await store.insertMentions([bot, jobs]);
    expect(await store.noise.syncConfigMutes([{ brand: 'Lumora', kind: 'author', value: 'deals_bot' }, { brand: 'Lumora', kind: 'phrase', value: 'job offer' }], AT)).toEqual({ added: 2, removed: 0 });
    expect(await hiddenIds()).toEqual([bot.id, jobs.id].sort());
    expect((await store.noise.listMutes()).map((r) => [r.id, r.by])).toEqual([['config:Lumora:author:deals_bot', 'config'], ['config:Lumora:phrase:job offer', 'config']]);
    // A person muting what the config already mutes is told so.
    expect(await store.noise.addMute({ brand: 'Lumora', kind: 'author', value: '@Deals_Bot', by: 'ana' }, AT)).toMatchObject({ created: false, rule: { by: 'config' } });
    // Started again with the same file: nothing changes; with the phrase gone from the file, it shows again.
    expect(await store.noise.syncConfigMutes([{ brand: 'Lumora', kind: 'author', value: 'deals_bot' }, { brand: 'Lumora', kind: 'phrase', value: 'job offer' }], AT)).toEqual({ added: 0, removed: 0 });
    expect(await store.noise.syncConfigMutes([{ brand: 'Lumora', kind: 'author', value: 'deals_bot' }], AT)).toEqual({ added: 0, removed: 1 });
    expect(await hiddenIds()).toEqual([bot.id]);
  });

  it('marks a mention not about us and takes it back; a mute rule that matches keeps it hidden', async () => {
    const bird = makeMention({ author: { handle: 'birder' }, text: 'A lumora kestrel over the ridge' });
    await store.insertMentions([bird]);
    const marked = await store.noise.markNotAboutUs(bird.id, 'Lumora', 'ana', AT);
    expect(marked?.muted).toEqual({ by: 'ana', at: AT, rule: { kind: 'not-about-us', brand: 'Lumora' } });
    expect(await store.getMention(bird.id)).toEqual(marked);
    expect((await store.noise.clearNotAboutUs(bird.id, AT))?.muted).toBeUndefined();
    expect(await hiddenIds()).toEqual([]);

    await store.noise.markNotAboutUs(bird.id, 'Lumora', 'ana', AT);
    const rule = await store.noise.addMute({ brand: 'Lumora', kind: 'author', value: 'birder', by: 'luis' }, AT);
    expect(rule.hidden).toBe(0); // already hidden, and "not about us" is the truer reason
    expect((await store.noise.clearNotAboutUs(bird.id, AT))?.muted?.rule).toMatchObject({ kind: 'rule', ruleId: rule.rule.id });
    expect(await store.noise.markNotAboutUs('nope', 'Lumora', 'ana', AT)).toBeUndefined();
  });

  it('stores a mention muted at ingest as it came, and lists it only when asked for hidden ones', async () => {
    const muted: Mention['muted'] = { by: 'config', at: AT, rule: { kind: 'rule', ruleId: 'config:Lumora:author:x', brand: 'Lumora', muteKind: 'author', value: 'x' } };
    const m = makeMention({ muted });
    await store.insertMentions([m]);
    expect(await store.getMention(m.id)).toEqual(m);
    expect(await shownIds()).toEqual([]);
  });

  it('records a posted reply: responded, first response set once, a resolved mention stays resolved', async () => {
    const m = makeMention({ triage: { status: 'new', updatedAt: '2026-11-24T00:00:00.000Z' } });
    const done = makeMention({ triage: { status: 'resolved', updatedAt: '2026-11-24T00:00:00.000Z' } });
    await store.insertMentions([m, done]);
    const reply: PostedReply = { platform: 'mastodon', url: 'https://social.example/@lumora/1', externalId: '1', account: 'lumora@social.example', by: 'ana', at: AT };
    const replied = await store.noise.recordReply(m.id, reply);
    expect(replied).toMatchObject({ reply, firstResponseAt: AT, triage: { status: 'responded', updatedAt: AT } });
    expect(await store.getMention(m.id)).toEqual(replied);
    const again = await store.noise.recordReply(m.id, { ...reply, url: 'https://social.example/@lumora/2', at: '2026-11-25T10:00:00.000Z' });
    expect(again).toMatchObject({ firstResponseAt: AT, reply: { url: 'https://social.example/@lumora/2' } });
    expect(await store.noise.recordReply(done.id, reply)).toMatchObject({ triage: { status: 'resolved' }, firstResponseAt: '2026-11-24T00:00:00.000Z' });
    expect(await store.noise.recordReply('nope', reply)).toBeUndefined();
    // A triage edit after the first response does not move it.
    await store.updateTriage(m.id, { status: 'resolved', updatedAt: '2026-11-26T00:00:00.000Z' });
    expect((await store.getMention(m.id))?.firstResponseAt).toBe(AT);
  });

  it('keeps accepted query exclusions per brand, once each, for ingest', async () => {
    const first = await store.noise.addExclusion({ brand: 'Lumora', exclusion: '-"kestrel falcon"', by: 'ana' }, AT);
    expect(await store.noise.addExclusion({ brand: 'Lumora', exclusion: '-"kestrel falcon"', by: 'luis' }, AT)).toEqual(first);
    await store.noise.addExclusion({ brand: 'Acme', exclusion: '-"kestrel falcon"', by: 'luis' }, AT);
    const mute = await store.noise.addMute({ brand: 'Lumora', kind: 'phrase', value: 'free fibre', by: 'ana' }, AT);
    const rules = await store.noise.ingestRules();
    expect(rules.mutes).toEqual([mute.rule]);
    expect(rules.exclusions.map((e) => [e.brand, e.exclusion, e.by])).toEqual([['Acme', '-"kestrel falcon"', 'luis'], ['Lumora', '-"kestrel falcon"', 'ana']]);
    expect(await store.noise.removeExclusion(first.id)).toBe(true);
    expect(await store.noise.removeExclusion(first.id)).toBe(false);
    expect((await store.noise.listExclusions()).map((e) => e.brand)).toEqual(['Acme']);
  });
});

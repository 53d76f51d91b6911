// Contract, the team: users with tokens of their own, notes and tags on mentions (each change a new change
// seq and an audit entry, stale edits refused), sentiment corrections kept as labelled examples, the layer.
import { expect, it } from 'vitest';
import { makeMention } from '../../testing/mention-factory.ts';
import type { ContractContext } from './store-contract.ts';

const at = (minute: number) => `2026-12-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

export function teamContract(ctx: ContractContext): void {
  it('adds users with a token of their own, refuses a taken name, and says whom a token stands for', async () => {
    const { store } = ctx;
    const { user, token } = await store.team.addUser({ name: ' Ana Pérez ', email: 'ana@example.com' }, at(0));
    expect(user).toMatchObject({ name: 'Ana Pérez', email: 'ana@example.com' });
    expect(user.id).toMatch(/^u_/);
    expect(await store.verifyToken(token)).toBe('Ana Pérez');
    expect(await store.team.callerOf('Ana Pérez')).toEqual({ name: 'Ana Pérez', user });
    await expect(store.team.addUser({ name: 'Ana Pérez' }, at(1))).rejects.toThrow(/^user: a user named "Ana Pérez" exists/);
    await store.createToken('ci');
    await expect(store.team.addUser({ name: 'ci' }, at(1))).rejects.toThrow(/^user: a token named "ci" exists: revoke it first/);
    await expect(store.team.addUser({ name: 'Luis', email: 'not an address' }, at(1))).rejects.toThrow(/is not an e-mail address/);
    expect(await store.team.callerOf('ci')).toEqual({ name: 'ci' });
    await store.team.addUser({ name: 'Bea' }, at(2));
    expect((await store.team.listUsers()).map((u) => [u.name, u.tokens])).toEqual([['Ana Pérez', 1], ['Bea', 1]]);
  });

  it('keeps notes once per id, lets only their author edit or delete them, refuses stale edits, and audits each', async () => {
    const { store } = ctx;
    const m = makeMention({ text: 'El router no funciona' });
    await store.insertMentions([m]);
    const seq = await store.latestSeq();
    const ana = { by: 'ana', at: at(1) };
    const added = await store.team.addNote(m.id, { id: 'note-0001', text: 'Llamé al cliente' }, ana);
    expect(added.notes).toEqual([{ id: 'note-0001', author: 'ana', text: 'Llamé al cliente', createdAt: at(1) }]);
    expect(await store.latestSeq()).toBe(seq + 1);
    // Sent again after a lost answer: stored once, no new change.
    await store.team.addNote(m.id, { id: 'note-0001', text: 'Llamé al cliente' }, ana);
    expect(await store.latestSeq()).toBe(seq + 1);
    await expect(store.team.addNote(m.id, { id: 'note-0001', text: 'other' }, { by: 'bea', at: at(2) })).rejects.toMatchObject({ statusCode: 409 });
    await expect(store.team.editNote(m.id, 'note-0001', 'mine now', { by: 'bea', at: at(3) })).rejects.toMatchObject({ statusCode: 403 });
    const edited = await store.team.editNote(m.id, 'note-0001', 'Llamé y vuelve a llamar mañana', { by: 'ana', at: at(4) });
    expect(edited.notes?.[0]).toMatchObject({ text: 'Llamé y vuelve a llamar mañana', updatedAt: at(4) });
    await expect(store.team.editNote(m.id, 'note-0001', 'older text', { by: 'ana', at: at(3) })).rejects.toMatchObject({ statusCode: 409 });
    const generated = await store.team.addNote(m.id, { text: 'second' }, { by: 'bea', at: at(5) });
    expect(generated.notes?.map((n) => n.author)).toEqual(['ana', 'bea']);
    const deleted = await store.team.deleteNote(m.id, 'note-0001', { by: 'ana', at: at(6) });
    expect(deleted.notes?.map((n) => n.text)).toEqual(['second']);
    await expect(store.team.deleteNote(m.id, 'note-0001', ana)).rejects.toMatchObject({ statusCode: 404 });
    await expect(store.team.addNote('nope', { text: 'x' }, ana)).rejects.toMatchObject({ statusCode: 404 });
    expect((await store.getMention(m.id))?.notes?.map((n) => n.text)).toEqual(['second']);
    // The change feed brings the mention with its notes to every client.
    const page = await store.listMentions({}, { mode: 'changes', afterSeq: seq }, 10);
    expect(page.items.at(-1)?.notes?.map((n) => n.text)).toEqual(['second']);
    const history = await store.team.history(m.id);
    expect(history?.map((h) => [h.who, h.action])).toEqual([['ana', 'note-added'], ['ana', 'note-edited'], ['bea', 'note-added'], ['ana', 'note-deleted']]);
    expect(history?.[1]).toMatchObject({ at: at(4), from: 'Llamé al cliente', to: 'Llamé y vuelve a llamar mañana', detail: 'note-0001' });
    expect(await store.team.history('nope')).toBeUndefined();
  });

  it('normalises tags, refuses a stale whole set, adds and removes on the set as it is, and audits each', async () => {
    const { store } = ctx;
    const m = makeMention();
    await store.insertMentions([m]);
    expect((await store.team.setTags(m.id, ['Billing ', 'Facturación', 'billing'], { by: 'ana', at: at(2) })).tags).toEqual(['billing', 'facturación']);
    await expect(store.team.setTags(m.id, ['vip'], { by: 'bea', at: at(1) })).rejects.toMatchObject({ statusCode: 409 });
    expect((await store.team.changeTags(m.id, { add: ['VIP'], remove: ['billing'] }, { by: 'bea', at: at(3) })).tags).toEqual(['facturación', 'vip']);
    expect((await store.team.setTags(m.id, [], { by: 'ana', at: at(4) })).tags).toBeUndefined();
    expect((await store.getMention(m.id))?.tags).toBeUndefined();
    const history = await store.team.history(m.id);
    expect(history?.map((h) => [h.who, h.action, h.from ?? '', h.to ?? ''])).toEqual([
      ['ana', 'tags', '', 'billing, facturación'],
      ['bea', 'tags', 'billing, facturación', 'facturación, vip'],
      ['ana', 'tags', 'facturación, vip', ''],
    ]);
  });

  it('takes a person’s sentiment label, keeps the text as a labelled example, refuses a stale correction, and audits triage too', async () => {
    const { store } = ctx;
    const m = makeMention({ text: 'Switched to Lumora… No regrets', lang: 'en', sentiment: { score: -0.4, label: 'negative', confidence: 0.6 } });
    await store.insertMentions([m]);
    const before = await store.team.correctionsVersion();
    const corrected = await store.team.correctSentiment(m.id, { label: 'positive', note: 'sarcasm? no, happy' }, { by: 'ana', at: at(5) });
    expect(corrected.sentiment).toMatchObject({ label: 'positive', confidence: 1 });
    expect(corrected.sentimentCorrection).toEqual({ by: 'ana', at: at(5), from: 'negative', note: 'sarcasm? no, happy' });
    expect((await store.listMentions({ sentiment: 'positive' }, { mode: 'newest' }, 10)).items.map((x) => x.id)).toEqual([m.id]);
    expect(await store.team.correctionsVersion()).not.toBe(before);
    await expect(store.team.correctSentiment(m.id, { label: 'neutral' }, { by: 'bea', at: at(4) })).rejects.toMatchObject({ statusCode: 409 });
    const again = await store.team.correctSentiment(m.id, { label: 'neutral' }, { by: 'bea', at: at(6) });
    // "from" stays what the scorer said, not what the first person said.
    expect(again.sentimentCorrection).toMatchObject({ by: 'bea', from: 'negative' });
    expect(await store.team.corrections({ limit: 10 })).toEqual([
      { mentionId: m.id, text: m.text, lang: 'en', label: 'neutral', from: 'negative', correctedBy: 'bea', at: at(6) },
    ]);
    await store.updateTriage(m.id, { status: 'assigned', assignee: 'bea', updatedAt: at(7), by: 'ana' });
    const history = await store.team.history(m.id);
    expect(history?.map((h) => [h.who, h.action, h.from, h.to])).toEqual([
      ['ana', 'sentiment', 'negative', 'positive'],
      ['bea', 'sentiment', 'positive', 'neutral'],
      ['ana', 'status', 'new', 'assigned'],
      ['ana', 'assignee', undefined, 'bea'],
    ]);
  });

  it('pages corrections in time order and keeps the learned layer', async () => {
    const { store } = ctx;
    const mentions = [0, 1, 2].map((i) => makeMention({ text: `text ${i}` }));
    await store.insertMentions(mentions);
    for (const [i, m] of mentions.entries()) await store.team.correctSentiment(m.id, { label: 'negative' }, { by: 'ana', at: at(10 - i) });
    const first = await store.team.corrections({ limit: 2 });
    expect(first.map((c) => c.at)).toEqual([at(8), at(9)]);
    const rest = await store.team.corrections({ limit: 2, after: { at: first[1]!.at, mentionId: first[1]!.mentionId } });
    expect(rest.map((c) => c.at)).toEqual([at(10)]);
    expect(await store.team.loadLayer('sentiment')).toBeUndefined();
    const layer = { baseline: 'cues-1#3', examples: 3, trainedAt: at(11), weights: '{"v":1}' };
    await store.team.saveLayer('sentiment', layer);
    await store.team.saveLayer('sentiment', { ...layer, examples: 4 });
    expect(await store.team.loadLayer('sentiment')).toEqual({ ...layer, examples: 4 });
  });
}

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MentionSummary } from '../../mention-summary.ts';
import type { MessageEnvelope } from '../../messages.ts';
import type { PersonIdentifiers } from '../../sites/person-identifiers.ts';
import { createOverlayModel } from './overlay-model.ts';

const summary = (id: string): MentionSummary => ({
  id,
  platform: 'reddit',
  excerpt: 'text',
  recency: '2026-11-20T09:00:00Z',
  sentiment: 'negative',
  triageStatus: 'new',
  pending: false,
});
const marta: PersonIdentifiers = { emails: ['marta@example.com'], handles: [{ platform: 'reddit', handle: 'marta_rz' }] };
const james: PersonIdentifiers = { emails: [], handles: [{ platform: 'reddit', handle: 'jamesp_uk' }] };

/** Answers mentions:of-person with the handler's result, like the background does. */
function answerWith(handler: (person: PersonIdentifiers) => Promise<MentionSummary[]>) {
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const envelope = message as MessageEnvelope<'mentions:of-person'>;
    return { ok: true, value: { mentions: await handler(envelope.payload) } };
  });
}

beforeEach(() => fakeBrowser.reset());

describe('overlay model', () => {
  it('asks the background for the person on the page and shows the answer', async () => {
    answerWith(async (person) => (person.handles[0]?.handle === 'marta_rz' ? [summary('m-1')] : []));
    const model = createOverlayModel({ value: 'en' });
    await model.showPerson(marta);
    expect(model.lookup.value).toEqual({ state: 'ready', mentions: [summary('m-1')] });
    await model.showPerson(james);
    expect(model.lookup.value).toEqual({ state: 'ready', mentions: [] });
  });

  it('drops a late answer about the previous person (SPA navigation)', async () => {
    let releaseMarta: () => void = () => undefined;
    answerWith((person) =>
      person.handles[0]?.handle === 'marta_rz'
        ? new Promise((resolve) => (releaseMarta = () => resolve([summary('m-marta')])))
        : Promise.resolve([summary('m-james')]),
    );
    const model = createOverlayModel({ value: 'en' });
    const first = model.showPerson(marta);
    await model.showPerson(james);
    releaseMarta();
    await first;
    expect(model.lookup.value).toEqual({ state: 'ready', mentions: [summary('m-james')] });
  });

  it('stays quiet when the extension context is gone, and shows other errors', async () => {
    fakeBrowser.runtime.onMessage.addListener(() => Promise.reject(new Error('Extension context invalidated.')));
    const model = createOverlayModel({ value: 'es' });
    await model.showPerson(marta);
    expect(model.lookup.value).toEqual({ state: 'loading' });

    fakeBrowser.reset();
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: false, error: 'sync: store unavailable' }));
    await model.refresh();
    expect(model.lookup.value).toEqual({ state: 'error', detail: 'sync: store unavailable' });
    expect(model.t.value('overlay.error', { detail: 'x' })).toBe('Vigía no pudo buscar las menciones: x');
  });
});

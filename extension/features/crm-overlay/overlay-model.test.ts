import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageEnvelope, MessageName } from '../../messages.ts';
import type { PersonIdentifiers } from '../../sites/crm/person-identifiers.ts';
import { makeJourneyView } from '../../sync/testing/journey-fixtures.ts';
import { toOverlayJourney, type CustomerJourneyAnswer } from './overlay-journey.ts';
import { createOverlayModel } from './overlay-model.ts';

const marta: PersonIdentifiers = { emails: ['marta@example.com'], handles: [{ platform: 'reddit', handle: 'marta_rz' }] };
const james: PersonIdentifiers = { emails: [], handles: [{ platform: 'reddit', handle: 'jamesp_uk' }] };
const known = (): CustomerJourneyAnswer => ({ kind: 'known', journey: toOverlayJourney(makeJourneyView(), '2026-11-24T09:00:00.000Z'), candidates: [], stale: false });
const unknown: CustomerJourneyAnswer = {
  kind: 'unknown',
  candidates: [{ platform: 'reddit', handle: 'carlos_mv', mentionCount: 2, reason: 'same display name' }],
  mentions: [],
  canLink: true,
};

/** Answers the overlay's messages like the background does. */
function answerWith(handlers: Partial<Record<MessageName, (payload: never) => Promise<unknown>>>) {
  fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
    const envelope = message as MessageEnvelope;
    const handler = handlers[envelope.vigia] as ((payload: unknown) => Promise<unknown>) | undefined;
    if (!handler) return { ok: false, error: `no handler for ${envelope.vigia}` };
    try {
      return { ok: true, value: await handler(envelope.payload) };
    } catch (error) {
      return { ok: false, error: (error as Error).message };
    }
  });
}

beforeEach(() => fakeBrowser.reset());

describe('overlay model', () => {
  it('asks the background about the person on the page and shows the answer', async () => {
    answerWith({ 'customer:journey': async (person: PersonIdentifiers) => (person.emails.includes('marta@example.com') ? known() : unknown) });
    const model = createOverlayModel({ value: 'en' });
    await model.showPerson(marta);
    expect(model.lookup.value).toEqual({ state: 'ready', answer: known() });
    await model.showPerson(james);
    expect(model.lookup.value).toEqual({ state: 'ready', answer: unknown });
  });

  it('drops a late answer about the previous person (SPA navigation)', async () => {
    let releaseMarta: () => void = () => undefined;
    answerWith({
      'customer:journey': (person: PersonIdentifiers) =>
        person.emails.length > 0 ? new Promise((resolve) => (releaseMarta = () => resolve(known()))) : Promise.resolve(unknown),
    });
    const model = createOverlayModel({ value: 'en' });
    const first = model.showPerson(marta);
    await model.showPerson(james);
    releaseMarta();
    await first;
    expect(model.lookup.value).toEqual({ state: 'ready', answer: unknown });
  });

  it('links a candidate, sending the known customer id, and shows the new journey', async () => {
    const asked: unknown[] = [];
    answerWith({
      'customer:journey': async () => known(),
      'customer:link': async (request: unknown) => {
        asked.push(request);
        return known();
      },
    });
    const model = createOverlayModel({ value: 'en' });
    await model.showPerson(marta);
    await model.link({ platform: 'x', handle: 'marta_x' });
    expect(asked).toEqual([{ person: marta, candidate: { platform: 'x', handle: 'marta_x' }, customerId: 'cust-marta' }]);
    expect(model.linking.value).toBeUndefined();
  });

  it('keeps a failed link’s reason next to the candidate', async () => {
    answerWith({
      'customer:journey': async () => unknown,
      'customer:link': async () => {
        throw new Error('link: this page shows no e-mail, handle or CRM id');
      },
    });
    const model = createOverlayModel({ value: 'es' });
    await model.showPerson(marta);
    await model.link({ platform: 'reddit', handle: 'carlos_mv' });
    expect(model.linking.value).toEqual({ platform: 'reddit', handle: 'carlos_mv', error: 'link: this page shows no e-mail, handle or CRM id' });
    expect(model.lookup.value).toEqual({ state: 'ready', answer: unknown });
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

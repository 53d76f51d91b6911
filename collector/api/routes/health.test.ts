import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeMention } from '../../testing/mention-factory.ts';
import { openApiFixture, type ApiFixture } from '../testing/api-fixture.ts';

let fx: ApiFixture;
beforeEach(async () => {
  fx = await openApiFixture();
  await fx.store.insertMentions([makeMention(), makeMention()]);
});
afterEach(() => fx.close());

describe('GET /api/health', () => {
  it('tells anyone it is up, but counts nothing for a caller without a valid token', async () => {
    const anonymous = await fx.api.app.inject({ url: '/api/health' });
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.json()).toEqual({ ok: true, version: expect.any(String) });
    const wrong = await fx.api.app.inject({ url: '/api/health', headers: { authorization: 'Bearer not-a-token' } });
    expect(wrong.json()).toEqual({ ok: true, version: expect.any(String) });
  });

  it('adds the mention count for a valid token', async () => {
    expect((await fx.api.app.inject({ url: '/api/health', headers: fx.auth })).json()).toEqual({ ok: true, version: expect.any(String), mentions: 2 });
  });
});

// GET /api/stats/recovery and the clocks in the journey view: recovery rate and median time to recover per
// brand and period, from known customers' mentions, held to the contract (shared/api/recovery.ts).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { customerJourneyViewSchema } from '../../../shared/api/journey-view.ts';
import { API_ROUTES } from '../../../shared/api/routes.ts';
import type { Sentiment } from '../../../shared/mention.ts';
import { importDemoExports } from '../../customers/testing/customer-fixtures.ts';
import { makeMention } from '../../testing/mention-factory.ts';
import { openApiFixture, type ApiFixture } from '../testing/api-fixture.ts';

let fx: ApiFixture;
beforeEach(async () => {
  fx = await openApiFixture({}, 'ana');
});
afterEach(() => fx.close());

const H = (hours: number) => new Date(Date.parse('2026-11-02T10:00:00.000Z') + hours * 3_600_000).toISOString();
const positive: Sentiment = { score: 0.6, label: 'positive', confidence: 0.9 };
const neutral: Sentiment = { score: 0, label: 'neutral', confidence: 0.7 };
const stats = async (query: string) => {
  const res = await fx.api.app.inject({ url: `/api/stats/recovery?${query}`, headers: fx.auth });
  return { status: res.statusCode, body: res.json() as unknown };
};

describe('GET /api/stats/recovery', () => {
  it('gives the recovery rate, median time to recover and how clocks were lost, per brand and week', async () => {
    const other = [{ brand: 'Nubitel', terms: ['nubitel'] }];
    await fx.store.insertMentions([
      // Lumora: recovered in 5 h and in 9 h, lost to a second complaint, lost by running out.
      makeMention({ customerId: 'a', publishedAt: H(0) }), makeMention({ customerId: 'a', publishedAt: H(5), sentiment: positive }),
      makeMention({ customerId: 'b', publishedAt: H(1) }), makeMention({ customerId: 'b', publishedAt: H(10), sentiment: neutral }),
      makeMention({ customerId: 'c', publishedAt: H(2) }), makeMention({ customerId: 'c', publishedAt: H(20) }),
      makeMention({ customerId: 'd', publishedAt: H(24 * 8) }),
      // Nubitel: one recovered; a stranger's complaint starts nothing.
      makeMention({ customerId: 'a', publishedAt: H(3), matches: other }), makeMention({ customerId: 'a', publishedAt: H(4), matches: other, sentiment: positive }),
      makeMention({ publishedAt: H(3) }),
    ]);
    const res = await stats(`from=${H(-24)}&to=${H(24 * 13)}&bucket=week`);
    expect(res.status).toBe(200);
    const body = API_ROUTES['GET /api/stats/recovery'].answer.parse(res.body);
    expect(body).toMatchObject({ from: H(-24), to: H(24 * 13), bucket: 'week', windowHours: 48 });
    expect(body.brands.map((b) => b.brand)).toEqual(['Lumora', 'Nubitel']);
    const lumora = body.brands[0]!;
    expect(lumora).toMatchObject({ started: 4, recovered: 2, lost: 2, running: 0, rate: 0.5, medianHoursToRecover: 7, lostBy: { 'negative-again': 1, left: 0, expired: 1 } });
    expect(lumora.periods.reduce((n, p) => n + p.started, 0)).toBe(4);
    expect(body.brands[1]).toMatchObject({ started: 1, recovered: 1, rate: 1, medianHoursToRecover: 1 });
    // One brand only.
    const only = API_ROUTES['GET /api/stats/recovery'].answer.parse((await stats(`from=${H(-24)}&to=${H(24 * 13)}&brand=Nubitel`)).body);
    expect(only.brands.map((b) => b.brand)).toEqual(['Nubitel']);
  });

  it('answers 400 naming a bad range, period or parameter, and 401 without a token', async () => {
    expect(await stats(`from=${H(10)}&to=${H(0)}`)).toMatchObject({ status: 400, body: { issues: [{ path: 'from' }] } });
    expect((await stats('from=yesterday')).status).toBe(400);
    expect((await stats('bucket=month')).status).toBe(400);
    expect((await stats('brandz=Lumora')).status).toBe(400);
    expect((await stats(`from=2020-01-01T00:00:00.000Z&to=${H(0)}&bucket=day`)).status).toBe(400);
    expect((await fx.api.app.inject({ url: '/api/stats/recovery' })).statusCode).toBe(401);
  });
});

describe('the recovery clock in the journey view', () => {
  it('lists the customer’s clocks, newest first, in the view the overlay reads', async () => {
    const complaint = makeMention({ author: { name: 'Marta R.', handle: 'marta_rz' }, text: 'Tercera cita sin técnico de Lumora', publishedAt: '2026-11-23T09:00:00.000Z' });
    await fx.store.insertMentions([complaint]);
    await importDemoExports(fx.store);
    const marta = (await fx.store.getMention(complaint.id))!.customerId!;
    const res = await fx.api.app.inject({ url: `/api/customers/${marta}/journey`, headers: fx.auth });
    const view = customerJourneyViewSchema.parse(res.json());
    expect(view.recovery?.[0]).toMatchObject({ customerId: marta, mentionId: complaint.id, brand: 'Lumora', startedAt: '2026-11-23T09:00:00.000Z', deadline: '2026-11-25T09:00:00.000Z', state: 'lost', lostReason: 'expired' });
  });
});

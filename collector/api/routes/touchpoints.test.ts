import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoExportPath } from '../../customers/testing/customer-fixtures.ts';
import { openApiFixture, type ApiFixture } from '../testing/api-fixture.ts';

let temp: ApiFixture;
beforeEach(async () => {
  temp = await openApiFixture({}, 'helpdesk');
});
afterEach(() => temp.close());

const post = (payload: unknown) => temp.api.app.inject({ method: 'POST', url: '/api/touchpoints', headers: temp.auth, payload: payload as object });
const call = { type: 'touchpoint', externalId: 'zd-1001', customer: { email: 'marta@example.com', name: 'Marta Ruiz', handles: { reddit: 'marta_rz' } }, channel: 'phone', at: '2026-11-02T10:00:00Z', summary: 'Technician did not come', outcome: 'unresolved' };

describe('POST /api/touchpoints', () => {
  it('takes the generic record from the design, once: sending it again changes nothing', async () => {
    expect((await post(call)).json()).toEqual({ imported: 1, unchanged: 0, errors: [] });
    expect((await post(call)).json()).toEqual({ imported: 0, unchanged: 1, errors: [] });
    expect((await post({ ...call, outcome: 'resolved' })).json()).toEqual({ imported: 1, unchanged: 0, errors: [] });
    const rows = await temp.store.sql.db.selectFrom('touchpoints').select(['external_id', 'doc']).execute();
    expect(rows.map((r) => [r.external_id, JSON.parse(r.doc).outcome])).toEqual([['zd-1001', 'resolved']]);
  });

  it('imports the good records of a batch and names the bad ones by index', async () => {
    const records = readFileSync(demoExportPath('touchpoints.jsonl'), 'utf8').trim().split('\n').map((line) => JSON.parse(line) as unknown);
    const bad = [{ ...call, externalId: 'bad-1', channel: 'fax' }, { ...call, externalId: 'bad-2', customer: { name: 'Only A Name' } }];
    const res = await post({ records: [...records.slice(0, 3), ...bad, ...records.slice(3)] });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.imported).toBe(records.length);
    expect(body.errors).toEqual([
      { index: 3, reason: expect.stringMatching(/^channel: /) },
      { index: 4, reason: 'customer: customer needs an e-mail, a handle or a CRM id (a name alone could be anyone)' },
    ]);
    expect((await post({ records })).json()).toEqual({ imported: 0, unchanged: records.length, errors: [] });
  });

  it('answers 400 for a single bad record, an empty or oversized batch, or a body that is no record', async () => {
    const single = await post({ ...call, at: 'yesterday' });
    expect(single.statusCode).toBe(400);
    expect(single.json().error).toMatch(/^invalid record: at: /);
    expect((await post({ records: [] })).json().issues[0].path).toBe('records');
    expect((await post({ records: Array.from({ length: 1001 }, () => call) })).statusCode).toBe(400);
    expect((await post([call])).statusCode).toBe(400);
    expect((await temp.api.app.inject({ method: 'POST', url: '/api/touchpoints', payload: call })).statusCode).toBe(401);
  });
});

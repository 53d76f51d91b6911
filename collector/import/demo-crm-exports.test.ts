// The demo's CRM exports import cleanly and tell the stories the demo feeds tell in public.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeIdentities, type CustomerIdentity } from '../../shared/customer/customer.ts';
import { IdentityIndex } from '../../shared/customer/identity-index.ts';
import { resolveAuthor } from '../../shared/customer/resolve-author.ts';
import { customerRisk } from '../../shared/journey/customer-risk.ts';
import { journeyMetrics } from '../../shared/journey/journey-metrics.ts';
import { stitchJourneys } from '../../shared/journey/stitch-journeys.ts';
import { touchpointIdOf, type Touchpoint } from '../../shared/journey/touchpoint.ts';
import { parseImport } from './parse-import.ts';

const exportsDir = new URL('../demo/crm-exports/', import.meta.url);
const read = (name: string) => parseImport(readFileSync(new URL(name, exportsDir), 'utf8'));
const NOW = '2026-11-24T00:00:00Z';

/** What the store will do, in miniature: one customer per person, matched on any hard identifier. */
function importAll() {
  const index = new IdentityIndex();
  const touchpoints: Touchpoint[] = [];
  const customerIdOf = (identity: CustomerIdentity) => {
    const matches = [
      ...identity.emails.flatMap((e) => index.byEmail(e)),
      ...identity.handles.flatMap((h) => index.byHandle(h.platform, h.handle)),
      ...identity.crmIds.flatMap((c) => index.byCrmId(c.system, c.id)),
    ];
    const id = matches[0] ?? `c-${index.size + 1}`;
    const previous = index.get(id);
    index.add({ id, ...(previous ? mergeIdentities(previous, identity) : identity) });
    return id;
  };
  for (const file of ['touchpoints.jsonl', 'zendesk-tickets.csv', 'hubspot-engagements.csv']) {
    for (const record of read(file).records) {
      const customerId = customerIdOf(record.customer);
      if (record.type === 'customer') continue;
      const { type: _, customer: __, ...fields } = record;
      touchpoints.push({ id: touchpointIdOf({ externalId: record.externalId }), customerId, ...fields });
    }
  }
  return { index, touchpoints };
}

describe('demo CRM exports', () => {
  it('import without a single bad row', () => {
    const jsonl = read('touchpoints.jsonl');
    const zendesk = read('zendesk-tickets.csv');
    const hubspot = read('hubspot-engagements.csv');
    expect([jsonl.mapping, zendesk.mapping, hubspot.mapping]).toEqual(['jsonl', 'zendesk', 'hubspot']);
    expect([...jsonl.errors, ...zendesk.errors, ...hubspot.errors]).toEqual([]);
    expect(jsonl.records.filter((r) => r.type === 'customer')).toHaveLength(9);
    // Six tickets, five with a first reply (the written complaint is still unanswered).
    expect(zendesk.records).toHaveLength(11);
    expect(hubspot.skipped).toEqual([{ line: 5, reason: 'HubSpot note is not a conversation with the customer' }]);
  });

  it('every touchpoint falls in the 30 days before 24 November 2026', () => {
    const { touchpoints } = importAll();
    for (const tp of touchpoints) expect(tp.at >= '2026-10-25' && tp.at < '2026-11-24', tp.externalId).toBe(true);
  });

  it("link the demo feeds' authors to their customers", () => {
    const { index } = importAll();
    const marta = resolveAuthor({ platform: 'mastodon', handle: 'marta_rz@mastodon.social' }, index).linked;
    expect(marta).toBeDefined();
    expect(resolveAuthor({ platform: 'reddit', handle: 'marta_rz' }, index).linked).toBe(marta);
    expect(index.get(marta!)?.crmIds).toEqual([
      { system: 'zendesk', id: '90377' },
      { system: 'hubspot', id: '5101' },
    ]);
    expect(resolveAuthor({ platform: 'reddit', handle: 'jamesp_uk' }, index).linked).toBe(index.byEmail('james.porter@example.co.uk')[0]);
  });

  it("tell Marta's story: one unresolved fibre move across every channel, and churn risk", () => {
    const { index, touchpoints } = importAll();
    const marta = index.byEmail('marta@example.com')[0]!;
    const own = touchpoints.filter((tp) => tp.customerId === marta);
    const [journey, ...others] = stitchJourneys(own, { ignoreWords: ['Lumora'] });
    expect(others).toEqual([]);
    expect(journey!.type).toBe('installation');
    const m = journeyMetrics(journey!, NOW);
    expect(m).toMatchObject({ touchpoints: 11, channels: ['web', 'email', 'chat', 'phone', 'ticket'], repeatedContacts: 4, resolution: { resolved: false } });
    expect(m.effort).toBeGreaterThanOrEqual(80);
    expect(customerRisk({ touchpoints: own }, { now: NOW })).toMatchObject({ badExperiences: 3, churnRisk: true });
  });

  it("tell James's story: the evening drop-outs solved within a day, no churn risk", () => {
    const { index, touchpoints } = importAll();
    const james = index.byEmail('james.porter@example.co.uk')[0]!;
    const own = touchpoints.filter((tp) => tp.customerId === james);
    const journeys = stitchJourneys(own, { ignoreWords: ['Lumora'] });
    expect(journeys.map((j) => j.type)).toEqual(['purchase', 'fault']);
    expect(journeyMetrics(journeys[1]!, NOW)).toMatchObject({ touchpoints: 4, firstResponse: { immediacy: 'met' }, resolution: { resolved: true, hours: 19.75 } });
    expect(customerRisk({ touchpoints: own }, { now: NOW }).churnRisk).toBe(false);
  });
});

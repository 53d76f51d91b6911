import { describe, expect, it } from 'vitest';
import { journeyMetrics } from './journey-metrics.ts';
import { journeyAspects, needsOf, touchpointAspects } from './journey-aspects.ts';
import { stitchJourneys } from './stitch-journeys.ts';
import { touchpoint } from './testdata/hand-built.ts';
import type { Touchpoint } from './touchpoint.ts';

const tp = (externalId: string, at: string, summary: string | undefined, extra: Partial<Touchpoint> = {}) =>
  touchpoint(externalId, { customerId: 'c-1', at, channel: 'chat', direction: 'inbound', ...(summary ? { summary } : {}), ...extra });
const ids = (tps: Touchpoint[]) => tps.map((t) => t.externalId);

describe('journeys by topic', () => {
  it('reads the aspects a summary names, in English and Spanish', () => {
    expect(touchpointAspects({ summary: 'Charged twice on my invoice for the parcel' })).toContain('billing');
    expect(touchpointAspects({ summary: 'El paquete no ha llegado' })).toEqual(['delivery']);
    expect(touchpointAspects({ summary: 'Called back, no notes' })).toEqual([]);
    expect(touchpointAspects({})).toEqual([]);
    expect(journeyAspects([['billing'], ['delivery', 'billing'], []])).toEqual(['billing', 'delivery']);
    expect(needsOf(['billing', 'product'])).toEqual(['money']);
    expect(needsOf(['product'])).toEqual(['service']);
    expect(needsOf(['staff', 'support'])).toEqual([]);
  });

  it('keeps a billing complaint and a delivery complaint of the same week apart, even when they share words', () => {
    const journeys = stitchJourneys([
      tp('bill-1', '2026-11-02T09:00:00Z', 'Wrong charge on my invoice for the router order'),
      tp('ship-1', '2026-11-03T09:00:00Z', 'The router order never arrived, courier lost the parcel'),
      tp('bill-2', '2026-11-04T09:00:00Z', 'Still waiting for the invoice to be corrected', { channel: 'phone' }),
      tp('ship-2', '2026-11-05T09:00:00Z', 'El repartidor dice que el paquete fue entregado', { channel: 'email' }),
    ]);
    expect(journeys.map((j) => [ids(j.touchpoints), j.aspects[0]])).toEqual([
      [['bill-1', 'bill-2'], 'billing'],
      [['ship-1', 'ship-2'], 'delivery'],
    ]);
    // Metrics count per journey: each has one channel switch, none across the two needs.
    const [billing, delivery] = journeys.map((j) => journeyMetrics(j, '2026-11-06T00:00:00.000Z'));
    expect([billing!.touchpoints, billing!.channelSwitches, delivery!.touchpoints, delivery!.channelSwitches]).toEqual([2, 1, 2, 1]);
  });

  it('places touchpoints without an aspect by time gap, as before', () => {
    const journeys = stitchJourneys([
      tp('bill-1', '2026-11-02T09:00:00Z', 'Wrong charge on my bill'),
      tp('call-1', '2026-11-02T15:00:00Z', undefined, { channel: 'phone', direction: 'outbound' }),
      tp('ship-1', '2026-11-03T09:00:00Z', 'My parcel never arrived'),
      tp('call-2', '2026-11-03T10:00:00Z', undefined, { channel: 'phone', direction: 'outbound' }),
    ]);
    expect(journeys.map((j) => ids(j.touchpoints))).toEqual([
      ['bill-1', 'call-1'],
      ['ship-1', 'call-2'],
    ]);
  });

  it('joins a later touchpoint on the same aspect whose words differ, and keeps a CRM record together', () => {
    const journeys = stitchJourneys([
      tp('ref-1', '2026-11-02T09:00:00Z', 'Where is my refund?'),
      tp('ref-2', '2026-11-06T09:00:00Z', 'Quiero que me devuelvan el dinero ya', { outcome: 'unresolved' }),
      tp('tk-1', '2026-11-07T09:00:00Z', 'El técnico no vino a la instalación', { crmRef: { system: 'zendesk', id: '9' } }),
      tp('tk-2', '2026-11-07T12:00:00Z', 'Package collected for return', { crmRef: { system: 'zendesk', id: '9' } }),
    ]);
    expect(journeys.map((j) => ids(j.touchpoints))).toEqual([['ref-1', 'ref-2'], ['tk-1', 'tk-2']]);
  });
});

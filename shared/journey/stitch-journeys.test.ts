import { describe, expect, it } from 'vitest';
import { topicOverlap, topicSignature, topicWords, journeyTypeOf } from './journey-topic.ts';
import { stitchJourneys } from './stitch-journeys.ts';
import { jamesTouchpoints, martaTouchpoints, touchpoint } from './testdata/hand-built.ts';
import type { Touchpoint } from './touchpoint.ts';

const ids = (tps: Touchpoint[]) => tps.map((tp) => tp.externalId);
const tp = (externalId: string, at: string, summary: string | undefined, extra: Partial<Touchpoint> = {}) =>
  touchpoint(externalId, { customerId: 'c-1', at, channel: 'phone', direction: 'inbound', ...(summary ? { summary } : {}), ...extra });

describe('topic', () => {
  it('drops function and channel words, and folds accents', () => {
    expect(topicWords('Llamada: el Técnico NO vino a la instalación')).toEqual(['tecnico', 'vino', 'instalacion']);
    expect(topicWords('Lumora router down', new Set(['lumora']))).toEqual(['router', 'down']);
  });

  it('meets across languages and synonyms through stems and journey-type concepts', () => {
    const es = topicSignature(topicWords('El técnico no vino'));
    const en = topicSignature(topicWords('Fibre installation appointment'));
    expect(topicOverlap(es, en)).toBeCloseTo(1 / 3);
    expect(topicOverlap(topicSignature(topicWords('Router keeps dropping')), topicSignature(topicWords('Wrong charge on the bill')))).toBe(0);
    expect(topicOverlap(new Set(), es)).toBe(0);
  });

  it('names the journey type by its most frequent concept', () => {
    expect(journeyTypeOf([topicWords('El técnico no vino a la instalación'), topicWords('Router sin señal')])).toBe('installation');
    expect(journeyTypeOf([topicWords('Doble cobro en la factura')])).toBe('billing');
    expect(journeyTypeOf([topicWords('Cambiar el plan de planificación')])).toBe('purchase');
    expect(journeyTypeOf([topicWords('Hola')])).toBe('other');
  });
});

describe('stitchJourneys', () => {
  it('gives each customer their own journeys, labelled by type and keywords', () => {
    const journeys = stitchJourneys([...jamesTouchpoints, ...martaTouchpoints]);
    expect(journeys.map((j) => [j.customerId, j.type, j.touchpoints.length])).toEqual([
      ['c-james', 'fault', 4],
      ['c-marta', 'installation', 5],
    ]);
    expect(journeys[1]!.keywords).toEqual(['instalacion', 'tecnico', 'fibra']);
    expect(journeys[1]!.startedAt).toBe('2026-11-03T10:00:00.000Z');
    expect(journeys[1]!.endedAt).toBe('2026-11-07T11:00:00.000Z');
  });

  it('keeps ids stable whatever the input order', () => {
    const a = stitchJourneys(martaTouchpoints).map((j) => j.id);
    const b = stitchJourneys([...martaTouchpoints].reverse()).map((j) => j.id);
    expect(a).toEqual(b);
    expect(a[0]).toMatch(/^journey-[0-9a-f]{16}$/);
  });

  it('splits two needs raised the same day', () => {
    const journeys = stitchJourneys([
      tp('a', '2026-11-01T09:00:00Z', 'Router keeps dropping the wifi'),
      tp('b', '2026-11-01T10:00:00Z', 'Wrong charge on my bill'),
      tp('c', '2026-11-01T11:00:00Z', 'Router still dropping'),
    ]);
    expect(journeys.map((j) => ids(j.touchpoints))).toEqual([['a', 'c'], ['b']]);
    expect(journeys.map((j) => j.type)).toEqual(['fault', 'billing']);
  });

  it('places a touchpoint without words by time alone', () => {
    const journeys = stitchJourneys([
      tp('a', '2026-11-01T09:00:00Z', 'Wrong charge on my bill'),
      tp('b', '2026-11-02T09:00:00Z', undefined),
      tp('c', '2026-11-08T09:00:00Z', undefined),
    ]);
    expect(journeys.map((j) => ids(j.touchpoints))).toEqual([['a', 'b'], ['c']]);
  });

  it('keeps an unresolved journey open for two weeks on the same topic, a resolved one for 72 hours', () => {
    const open = stitchJourneys([tp('a', '2026-11-01T09:00:00Z', 'Técnico no vino'), tp('b', '2026-11-10T09:00:00Z', 'Otra vez sin técnico')]);
    expect(open).toHaveLength(1);
    const tooLate = stitchJourneys([tp('a', '2026-11-01T09:00:00Z', 'Técnico no vino'), tp('b', '2026-11-16T09:00:01Z', 'Otra vez sin técnico')]);
    expect(tooLate).toHaveLength(2);
    const resolved = stitchJourneys([
      tp('a', '2026-11-01T09:00:00Z', 'Técnico no vino', { outcome: 'resolved' }),
      tp('b', '2026-11-05T09:00:00Z', 'Otra vez sin técnico'),
    ]);
    expect(resolved).toHaveLength(2);
    expect(stitchJourneys([tp('a', '2026-11-01T09:00:00Z', 'Técnico no vino', { outcome: 'resolved' }), tp('b', '2026-11-04T09:00:00Z', 'Otra vez sin técnico')])).toHaveLength(1);
  });

  it('honours the gap and overlap options', () => {
    const tps = [tp('a', '2026-11-01T09:00:00Z', 'Router sin señal', { outcome: 'resolved' }), tp('b', '2026-11-01T20:00:00Z', 'Router sin señal otra vez')];
    expect(stitchJourneys(tps, { maxGapHours: 10 })).toHaveLength(2);
    expect(stitchJourneys([tps[0]!, tp('c', '2026-11-01T10:00:00Z', 'Router y factura mal')], { minTopicOverlap: 0.9 })).toHaveLength(2);
  });

  it('keeps touchpoints of one CRM record together whatever they say', () => {
    const crmRef = { system: 'zendesk' as const, id: '4817' };
    const journeys = stitchJourneys([
      tp('a', '2026-11-01T09:00:00Z', 'Técnico no vino', { crmRef }),
      tp('b', '2026-11-01T10:00:00Z', 'Wrong charge on my bill'),
      tp('c', '2026-11-01T11:00:00Z', 'Hemos recibido su mensaje', { crmRef, direction: 'outbound' }),
    ]);
    expect(journeys.map((j) => ids(j.touchpoints))).toEqual([['a', 'c'], ['b']]);
  });

  it('honours moves into another journey and into a new one', () => {
    const [james] = stitchJourneys(jamesTouchpoints);
    const j3 = jamesTouchpoints[3]!;
    const moved = stitchJourneys(jamesTouchpoints, { moves: { [j3.id]: 'journey-by-hand' } });
    expect(moved.map((j) => [j.id, ids(j.touchpoints), j.movedIn])).toEqual([
      [james!.id, ['j0', 'j1', 'j2'], []],
      ['journey-by-hand', ['j3'], [j3.id]],
    ]);
    const back = stitchJourneys([...jamesTouchpoints, tp('x', '2026-11-20T17:00:00Z', 'Wrong charge on my bill', { customerId: 'c-james' })], {
      moves: { [touchpoint('x', { customerId: 'c-james', at: '2026-11-20T17:00:00Z', channel: 'phone' }).id]: james!.id },
    });
    expect(back.map((j) => ids(j.touchpoints))).toEqual([['j0', 'x', 'j1', 'j2', 'j3']]);
  });
});

describe('stitchJourneys with tickets solved later', () => {
  it('measures the gap from when a ticket was solved, not when it was opened', () => {
    const ticket = tp('a', '2026-11-01T09:00:00Z', 'Router sin señal', { outcome: 'resolved', resolvedAt: '2026-11-10T09:00:00Z' });
    expect(stitchJourneys([ticket, tp('b', '2026-11-12T09:00:00Z', 'Router sin señal otra vez')])).toHaveLength(1);
    expect(stitchJourneys([ticket, tp('b', '2026-11-13T09:00:01Z', 'Router sin señal otra vez')])).toHaveLength(2);
  });
});

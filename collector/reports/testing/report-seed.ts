// A small store of mentions for report tests: two weeks of Lumora (ours) and Rivalia (a competitor), with
// answered and unanswered complaints, aspects, and one post whose text is hostile markup.
import type { Mention } from '../../../shared/mention.ts';
import { makeMention } from '../../testing/mention-factory.ts';
import type { VigiaStore } from '../../store/store.ts';

export const SEED_RANGE = { from: '2026-11-02T00:00:00.000Z', to: '2026-11-16T00:00:00.000Z' };
export const SEED_NOW = new Date('2026-11-20T00:00:00.000Z');
export const SEED_BRANDS = [{ name: 'Lumora' }, { name: 'Rivalia', competitor: true }];
export const HOSTILE_TEXT = '<script>alert("x")</script><img src=x onerror=alert(1)> Lumora & co "charged twice"';

const lumora = [{ brand: 'Lumora', terms: ['lumora'] }];
const rivalia = [{ brand: 'Rivalia', terms: ['rivalia'], competitor: true as const }];
const negative = { score: -0.7, label: 'negative' as const, confidence: 0.8 };
const positive = { score: 0.7, label: 'positive' as const, confidence: 0.8 };
const neutral = { score: 0, label: 'neutral' as const, confidence: 0.6 };

/** 9 Lumora mentions (5 negative, 3 positive, 1 neutral), 3 Rivalia mentions (1 negative, 2 positive), one before the range. */
export function seedMentions(): Mention[] {
  const at = (day: number, hour = 10) => `2026-11-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  const answeredAt = (day: number, hours: number) => new Date(Date.parse(at(day)) + hours * 3_600_000).toISOString();
  return [
    makeMention({ id: 'l1', publishedAt: at(3), matches: lumora, sentiment: negative, text: 'Lumora charged twice on my bill, no refund yet', reach: 5400, aspects: [{ aspect: 'billing', sentiment: 'negative', cue: 'bill' }], triage: { status: 'responded', updatedAt: answeredAt(3, 3) } }),
    makeMention({ id: 'l2', publishedAt: at(4), matches: lumora, sentiment: negative, text: 'Charged twice again by Lumora, this is a joke', aspects: [{ aspect: 'billing', sentiment: 'negative', cue: 'charged' }], triage: { status: 'responded', updatedAt: answeredAt(4, 60) } }),
    makeMention({ id: 'l3', publishedAt: at(5), matches: lumora, sentiment: negative, text: HOSTILE_TEXT, reach: 9000 }),
    makeMention({ id: 'l4', publishedAt: at(9), matches: lumora, sentiment: negative, text: 'Lumora router keeps dropping the connection', aspects: [{ aspect: 'service-outage', sentiment: 'negative', cue: 'dropping' }] }),
    makeMention({ id: 'l5', publishedAt: at(10), matches: lumora, sentiment: negative, text: 'Sin conexión desde ayer, Lumora no contesta', lang: 'es', triage: { status: 'resolved', updatedAt: answeredAt(10, 5) } }),
    makeMention({ id: 'l6', publishedAt: at(6), matches: lumora, sentiment: positive, text: 'The Lumora technician was lovely and quick', aspects: [{ aspect: 'staff', sentiment: 'positive', cue: 'technician' }] }),
    makeMention({ id: 'l7', publishedAt: at(11), matches: lumora, sentiment: positive, text: 'Great fibre speed with Lumora' }),
    makeMention({ id: 'l8', publishedAt: at(12), matches: lumora, sentiment: positive, text: 'El técnico de Lumora fue muy amable', lang: 'es', aspects: [{ aspect: 'staff', sentiment: 'positive', cue: 'técnico' }] }),
    makeMention({ id: 'l9', publishedAt: at(13), matches: lumora, sentiment: neutral, text: 'Does Lumora cover my street?' }),
    makeMention({ id: 'r1', publishedAt: at(4), matches: rivalia, sentiment: negative, text: 'Rivalia lost my parcel, delivery a mess', aspects: [{ aspect: 'delivery', sentiment: 'negative', cue: 'delivery' }] }),
    makeMention({ id: 'r2', publishedAt: at(8), matches: rivalia, sentiment: positive, text: 'Rivalia prices are the best around', aspects: [{ aspect: 'price', sentiment: 'positive', cue: 'prices' }] }),
    makeMention({ id: 'r3', publishedAt: at(12), matches: rivalia, sentiment: positive, text: 'Cheap and fast, Rivalia wins on price', aspects: [{ aspect: 'price', sentiment: 'positive', cue: 'price' }] }),
    makeMention({ id: 'old', publishedAt: '2026-10-20T10:00:00.000Z', matches: lumora, sentiment: positive, text: 'Lumora billing sorted quickly', aspects: [{ aspect: 'billing', sentiment: 'positive', cue: 'billing' }] }),
  ];
}

export async function seedReportStore(store: VigiaStore): Promise<void> {
  await store.insertMentions(seedMentions());
}

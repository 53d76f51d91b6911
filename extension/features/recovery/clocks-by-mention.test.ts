import { describe, expect, it } from 'vitest';
import { makeMention } from '../../../collector/testing/mention-factory.ts';
import type { Mention } from '../../../shared/mention.ts';
import { clocksByMention } from './clocks-by-mention.ts';

const H = 3_600_000;
const start = Date.parse('2026-12-01T10:00:00Z');
const at = (hours: number) => new Date(start + hours * H).toISOString();
const post = (id: string, hours: number, label: 'negative' | 'neutral' | 'positive', fields: Partial<Mention> = {}): Mention =>
  makeMention({ id, customerId: 'c-marta', publishedAt: at(hours), text: `post ${id}`, sentiment: { score: label === 'negative' ? -0.8 : 0.6, label, confidence: 0.9 }, ...fields });

describe('recovery clocks by mention', () => {
  it('puts the clock on the negative mention that started it and on the one that recovered the customer', () => {
    const clocks = clocksByMention([post('m1', 0, 'negative'), post('m2', 5, 'positive')], start + 10 * H);
    expect(clocks.get('m1')).toMatchObject({ state: 'recovered', mentionId: 'm1', endMentionId: 'm2', hoursToRecover: 5 });
    expect(clocks.get('m2')).toBe(clocks.get('m1'));
  });

  it("ignores authors nobody knows, and reads a clock still running from the synced mentions", () => {
    const clocks = clocksByMention([post('m1', 0, 'negative'), post('x', 1, 'negative', { customerId: undefined })], start + 2 * H);
    expect(clocks.get('m1')).toMatchObject({ state: 'running', deadline: at(48) });
    expect(clocks.has('x')).toBe(false);
  });

  it("prefers the collector's reading, made from every stored mention, to the synced ones'", () => {
    const negative = post('m1', 0, 'negative', { recovery: { brand: 'Lumora', state: 'lost', startedAt: at(0), deadline: at(48), endedAt: at(3), endMentionId: 'm9', lostReason: 'left' } });
    const clocks = clocksByMention([negative], start + 4 * H);
    expect(clocks.get('m1')).toMatchObject({ state: 'lost', lostReason: 'left', customerId: 'c-marta' });
    expect(clocks.get('m9')).toMatchObject({ mentionId: 'm1', state: 'lost' });
  });

  it("shows a clock decided by a synced later mention as decided while the collector's last reading still says running", () => {
    const negative = post('m1', 0, 'negative', { recovery: { brand: 'Lumora', state: 'running', startedAt: at(0), deadline: at(48) } });
    const clocks = clocksByMention([negative, post('m2', 2, 'positive')], start + 3 * H);
    expect(clocks.get('m1')).toMatchObject({ state: 'recovered', endMentionId: 'm2' });
    expect(clocksByMention([negative], start + 3 * H).get('m1')).toMatchObject({ state: 'running', customerId: 'c-marta' });
  });
});

import { describe, expect, it } from 'vitest';
import type { RecoveryClock } from '../../../shared/journey/recovery-clock.ts';
import { translatorFor } from '../../i18n/dictionary.ts';
import { recoveryClockWords } from './recovery-words.ts';

const start = Date.parse('2026-12-01T10:00:00Z');
const H = 3_600_000;
const clock = (fields: Partial<RecoveryClock> = {}): RecoveryClock => ({
  customerId: 'c1', brand: 'Lumora', mentionId: 'm1', startedAt: new Date(start).toISOString(), deadline: new Date(start + 48 * H).toISOString(), state: 'running', ...fields,
});

describe('recovery clock words', () => {
  it('says the time left in words, and turns urgent under 6 h', () => {
    expect(recoveryClockWords(clock(), start + 17 * H, translatorFor('en'), 'en')).toMatchObject({ tone: 'running', text: 'Recovery: 1 day and 7 hours left' });
    expect(recoveryClockWords(clock(), start + 43 * H, translatorFor('es'), 'es')).toMatchObject({ tone: 'urgent', text: 'Recuperación: quedan 5 horas' });
  });

  it('reads a running clock past its deadline as lost by running out', () => {
    const words = recoveryClockWords(clock(), start + 49 * H, translatorFor('en'), 'en');
    expect(words.tone).toBe('lost');
    expect(words.text).toMatch(/^Lost .*: ran out of time \(48 h\)$/);
  });

  it('says when a customer was recovered and how long it took', () => {
    const recovered = clock({ state: 'recovered', endedAt: new Date(start + 5.5 * H).toISOString(), hoursToRecover: 5.5 });
    expect(recoveryClockWords(recovered, start + 60 * H, translatorFor('en'), 'en').text).toMatch(/^Recovered .*, after 5 hours and 30 minutes$/);
    expect(recoveryClockWords(recovered, start + 60 * H, translatorFor('es'), 'es').text).toMatch(/^Recuperado el .*, tras 5 horas y 30 minutos$/);
  });

  it('names why a customer was lost', () => {
    const t = translatorFor('es');
    expect(recoveryClockWords(clock({ state: 'lost', lostReason: 'left', endedAt: new Date(start + H).toISOString() }), start, t, 'es').text).toMatch(/dijo que se va$/);
    expect(recoveryClockWords(clock({ state: 'lost', lostReason: 'negative-again', endedAt: new Date(start + H).toISOString() }), start, translatorFor('en'), 'en').text).toMatch(/negative again$/);
  });
});

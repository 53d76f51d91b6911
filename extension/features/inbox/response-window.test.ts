import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/dictionary.ts';
import { businessHoursSchema, compileBusinessHours } from '../../../shared/time/business-hours.ts';
import { responseWindowOf, type ResponseWindow } from './response-window.ts';
import { responseWindowText } from './response-window-words.ts';
import type { ResponseClock } from './triage-clock.ts';

const now = Date.parse('2026-11-24T12:00:00Z');
const H = 3_600_000;
const madrid: ResponseClock = { responseHours: 48, businessHours: compileBusinessHours(businessHoursSchema.parse({ timezone: 'Europe/Madrid', from: '09:00', to: '18:00' })) };

describe('responseWindowOf', () => {
  it('counts hours left within 48 h of publication and hours over after', () => {
    expect(responseWindowOf('2026-11-24T02:30:00Z', 'new', now)).toMatchObject({ state: 'open', hoursLeft: 38, leftMs: 38.5 * H });
    expect(responseWindowOf('2026-11-22T12:00:00Z', 'assigned', now)).toMatchObject({ state: 'overdue', hoursOver: 0, overMs: 0 });
    expect(responseWindowOf('2026-11-22T06:30:00Z', 'new', now)).toMatchObject({ state: 'overdue', hoursOver: 6, overMs: 5.5 * H, business: false });
  });

  it('says answered once responded, resolved or ignored — with how long the first response took — and unknown without a publication date', () => {
    expect(responseWindowOf('2026-11-24T02:30:00Z', 'responded', now)).toEqual({ state: 'answered', business: false });
    expect(responseWindowOf('2026-11-24T02:30:00Z', 'responded', now, undefined, '2026-11-24T03:05:00Z')).toEqual({ state: 'answered', tookMs: 35 * 60_000, business: false });
    expect(responseWindowOf('2026-11-01T00:00:00Z', 'ignored', now)).toMatchObject({ state: 'answered' });
    expect(responseWindowOf(undefined, 'new', now)).toEqual({ state: 'unknown' });
    expect(responseWindowOf('soon', 'new', now)).toEqual({ state: 'unknown' });
  });

  it('runs no clock for a mention nobody has to answer (a headline is never "over the limit"), unless someone answered it anyway', () => {
    const headline = responseWindowOf('2026-11-01T00:00:00Z', 'new', now, undefined, undefined, 'none');
    expect(headline).toEqual({ state: 'none' });
    expect(responseWindowText(headline, translatorFor('en'), 'en', 48)).toBe('nothing to answer');
    expect(responseWindowText(headline, translatorFor('es'), 'es', 48)).toBe('nada que responder');
    expect(responseWindowOf('2026-11-01T00:00:00Z', 'new', now, undefined, undefined, 'soon')).toMatchObject({ state: 'overdue' });
    expect(responseWindowOf('2026-11-24T02:30:00Z', 'responded', now, undefined, '2026-11-24T03:05:00Z', 'none')).toMatchObject({ state: 'answered', tookMs: 35 * 60_000 });
  });

  it('treats a date a little in the future (clock skew) as just published', () => {
    expect(responseWindowOf('2026-11-24T12:10:00Z', 'new', now)).toMatchObject({ state: 'open', hoursLeft: 48 });
  });

  it('counts business hours only when the collector sets them: a Friday-evening post has its whole 48 h on Monday', () => {
    // Friday 20 November 19:00 Madrid to Monday 23 November 12:00 Madrid: 3 business hours used.
    const monday = Date.parse('2026-11-23T11:00:00Z');
    expect(responseWindowOf('2026-11-20T18:00:00Z', 'new', monday, madrid)).toMatchObject({ state: 'open', leftMs: 45 * H, business: true });
    expect(responseWindowOf('2026-11-20T18:00:00Z', 'new', monday)).toMatchObject({ state: 'overdue', overMs: 17 * H, business: false });
  });
});

describe('the response window across the spring DST change, in words', () => {
  it('counts the Madrid office hours on both sides of the jump and says so in both languages', () => {
    // Friday 26 March 2027 17:00 CET (16:00 UTC) to Monday 29 March 10:00 CEST (08:00 UTC): 64 h on the
    // wall clock, 2 business hours (one each side of the weekend the clocks go forward).
    const monday = Date.parse('2027-03-29T08:00:00Z');
    const business = responseWindowOf('2027-03-26T16:00:00Z', 'new', monday, madrid);
    expect(business).toMatchObject({ state: 'open', leftMs: 46 * H });
    expect(responseWindowText(business, translatorFor('en'), 'en', 48)).toBe('46 h left to answer (business hours)');
    expect(responseWindowText(business, translatorFor('es'), 'es', 48)).toBe('quedan 46 h para responder (horario laboral)');
    const wall = responseWindowOf('2027-03-26T16:00:00Z', 'new', monday);
    expect(responseWindowText(wall, translatorFor('en'), 'en', 48)).toBe('16 h over the 48 h limit');
    expect(responseWindowText(wall, translatorFor('es'), 'es', 48)).toBe('16 h por encima del límite de 48 h');
  });
});

describe('responseWindowText', () => {
  const en = translatorFor('en');
  const es = translatorFor('es');
  const open = (ms: number, business = false): ResponseWindow => ({ state: 'open', hoursLeft: Math.floor(ms / H), leftMs: ms, business });

  it('words the window in English and Spanish, with the verb agreeing', () => {
    expect(responseWindowText({ state: 'overdue', hoursOver: 53, overMs: 52 * H, business: false }, en, 'en', 48)).toBe('2 d 4 h over the 48 h limit');
    expect(responseWindowText({ state: 'overdue', hoursOver: 53, overMs: 52 * H, business: false }, es, 'es', 48)).toBe('2 d 4 h por encima del límite de 48 h');
    expect(responseWindowText({ state: 'answered', tookMs: 35 * 60_000, business: false }, en, 'en', 48)).toBe('answered in 35 min');
    expect(responseWindowText({ state: 'answered', tookMs: 35 * 60_000, business: false }, es, 'es', 48)).toBe('respondida en 35 min');
    expect(responseWindowText(open(1 * H), es, 'es', 48)).toBe('queda 1 h para responder');
    expect(responseWindowText(open(3 * H), es, 'es', 48)).toBe('quedan 3 h para responder');
    expect(responseWindowText(open(3 * H), en, 'en', 48)).toBe('3 h left to answer');
    expect(responseWindowText(open(45 * H), en, 'en', 48)).toBe('45 h left to answer');
    expect(responseWindowText(open(45 * H), es, 'es', 48, 'long')).toBe('quedan 45 horas para responder');
    expect(responseWindowText(open(47.5 * H), en, 'en', 48)).toBe('47 h left to answer');
    expect(responseWindowText(open(3.5 * H), en, 'en', 48)).toBe('3 h 30 min left to answer');
    expect(responseWindowText({ state: 'answered', business: false }, es, 'es', 48)).toBe('respondida');
    expect(responseWindowText({ state: 'answered', tookMs: 52 * H, business: false }, en, 'en', 48)).toBe('answered in 2 d 4 h, past the 48 h limit');
    expect(responseWindowText({ state: 'answered', tookMs: 52 * H, business: true }, es, 'es', 48)).toBe('respondida en 52 h, fuera del límite de 48 h (horario laboral)');
  });

  it('says when business hours are counted, in hours, and words tooltips in full', () => {
    expect(responseWindowText(open(45 * H, true), en, 'en', 48)).toBe('45 h left to answer (business hours)');
    expect(responseWindowText({ state: 'overdue', hoursOver: 30, overMs: 30 * H, business: true }, es, 'es', 48)).toBe('30 h por encima del límite de 48 h (horario laboral)');
    expect(responseWindowText({ state: 'overdue', hoursOver: 25, overMs: 25 * H, business: false }, es, 'es', 48, 'long')).toBe('1 día y 1 hora por encima del límite de 48 horas');
  });
});

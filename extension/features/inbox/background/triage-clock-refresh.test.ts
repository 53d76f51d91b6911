import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../../settings/settings.ts';
import { DEFAULT_TRIAGE_CLOCK, toResponseClock, triageClockItem } from '../triage-clock.ts';
import { refreshTriageClock } from './triage-clock-refresh.ts';

const settings = { ...DEFAULT_SETTINGS, collectorUrl: 'http://127.0.0.1:8787', token: 'secret' };
const madrid = { timezone: 'Europe/Madrid', days: 'mon-fri', from: '09:00', to: '18:00', holidays: ['2026-12-25'] };
const answering =
  (status: number, body: unknown): typeof fetch =>
  async () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

beforeEach(() => fakeBrowser.reset());

describe('triage clock refresh', () => {
  it('stores the collector’s business hours, ready for the clock maths', async () => {
    expect(await refreshTriageClock(settings, answering(200, { triage: { responseHours: 48, businessHours: madrid } }))).toBe(true);
    const stored = await triageClockItem.getValue();
    expect(stored.clock).toEqual({ responseHours: 48, businessHours: madrid });
    expect(stored.fetchedAt).toBeDefined();
    expect(toResponseClock(stored).businessHours?.timeZone).toBe('Europe/Madrid');
  });

  it('keeps the last clock when the collector refuses (401) or answers nonsense', async () => {
    await refreshTriageClock(settings, answering(200, { triage: { responseHours: 48, businessHours: madrid } }));
    expect(await refreshTriageClock(settings, answering(401, { error: 'unauthorized' }))).toBe(false);
    expect(await refreshTriageClock(settings, answering(200, { triage: { responseHours: -1 } }))).toBe(false);
    expect((await triageClockItem.getValue()).clock.businessHours).toEqual(madrid);
  });

  it('asks nothing before the extension is configured, and reads an unreadable stored clock as 48 h around the clock', async () => {
    expect(await refreshTriageClock(DEFAULT_SETTINGS, answering(200, {}))).toBe(false);
    expect(await triageClockItem.getValue()).toEqual(DEFAULT_TRIAGE_CLOCK);
    expect(toResponseClock({ clock: { responseHours: 48, businessHours: { timezone: 'Mars/Olympus' } } as never })).toEqual({ responseHours: 48 });
  });
});

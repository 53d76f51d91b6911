import { describe, expect, it } from 'vitest';
import { MAX_TIMER_MS } from '../duration.ts';
import { HostGate, HostPaused } from './host-gate.ts';

function fakeClock() {
  const clock = { now: 1_000, sleeps: [] as number[] };
  const sleep = async (ms: number) => {
    clock.sleeps.push(ms);
    clock.now += ms;
  };
  return { clock, sleep, now: () => clock.now };
}

describe('HostGate', () => {
  it('runs sessions for one host one at a time, and different hosts side by side', async () => {
    const gate = new HostGate();
    const log: string[] = [];
    let releaseFirst!: () => void;
    const first = gate.exclusive('a.example', async () => {
      log.push('a1 start');
      await new Promise<void>((resolve) => (releaseFirst = resolve));
      log.push('a1 end');
    });
    const second = gate.exclusive('a.example', async () => void log.push('a2'));
    const other = gate.exclusive('b.example', async () => void log.push('b1'));
    await other;
    expect(log).toEqual(['a1 start', 'b1']);
    releaseFirst();
    await Promise.all([first, second]);
    expect(log).toEqual(['a1 start', 'b1', 'a1 end', 'a2']);
  });

  it('keeps going after a failed session', async () => {
    const gate = new HostGate();
    await expect(gate.exclusive('a.example', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.exclusive('a.example', async () => 'next')).resolves.toBe('next');
  });

  it('spaces requests per host, and honours pauses and wider gaps', async () => {
    const { clock, sleep, now } = fakeClock();
    const gate = new HostGate({ delayMs: 2000, now, sleep });
    await gate.beforeRequest('a.example');
    await gate.beforeRequest('b.example');
    expect(clock.sleeps).toEqual([]);
    await gate.beforeRequest('a.example');
    expect(clock.sleeps).toEqual([2000]);
    gate.pause('a.example', 30_000); // Retry-After: 30
    await gate.beforeRequest('a.example');
    expect(clock.sleeps).toEqual([2000, 30_000]);
    gate.setCrawlDelay('b.example', 500); // never narrower than the configured delay
    gate.setCrawlDelay('a.example', 10_000); // Crawl-delay: 10
    await gate.beforeRequest('a.example');
    await gate.beforeRequest('a.example');
    expect(clock.sleeps).toEqual([2000, 30_000, 2000, 10_000]);
    clock.now += 7_000; // a slow answer: the gap counts from its end
    gate.afterRequest('a.example');
    await gate.beforeRequest('a.example');
    expect(clock.sleeps).toEqual([2000, 30_000, 2000, 10_000, 10_000]);
  });

  it('spaces feed requests by their own gap, and by Crawl-delay when it is wider', async () => {
    const { clock, sleep, now } = fakeClock();
    const gate = new HostGate({ delayMs: 2000, now, sleep });
    await gate.beforeRequest('feeds.example', { gapMs: 0 });
    gate.afterRequest('feeds.example', 0);
    await gate.beforeRequest('feeds.example', { gapMs: 0 });
    expect(clock.sleeps).toEqual([]);
    gate.setCrawlDelay('feeds.example', 5000);
    gate.afterRequest('feeds.example', 0);
    await gate.beforeRequest('feeds.example', { gapMs: 0 });
    expect(clock.sleeps).toEqual([5000]);
  });

  it('does not wait out a pause longer than it may wait: it says when to come back, and never overflows a timer', async () => {
    const { clock, sleep, now } = fakeClock();
    const gate = new HostGate({ maxWaitMs: 60_000, now, sleep });
    gate.pause('busy.example', 99_999_999_000); // Retry-After: 99999999
    const refused = await gate.beforeRequest('busy.example').catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(HostPaused);
    expect((refused as HostPaused).retryAfterMs).toBe(86_400_000); // capped at 24 h
    gate.pause('short.example', 30_000);
    await gate.beforeRequest('short.example');
    expect(clock.sleeps).toEqual([30_000]);
    expect(Math.max(...clock.sleeps)).toBeLessThanOrEqual(MAX_TIMER_MS);
  });
});

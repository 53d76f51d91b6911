import { describe, expect, it } from 'vitest';
import { validateConfig } from '../config.ts';

const brands = [{ name: 'Lumora', query: 'lumora' }];

describe('alerts in the config', () => {
  it('has working defaults when the section is absent', () => {
    expect(validateConfig({ brands }).alerts).toEqual({ minPriority: 70, urgency: ['now'], spike: { enabled: true, minCount: 5, factor: 3, baselineHours: 24 }, webhooks: [], retries: 4, recoveryHoursLeft: 6 });
  });

  it('widens mention alerts to other urgencies, and refuses unknown ones', () => {
    expect(validateConfig({ brands, alerts: { urgency: ['now', 'soon'], minPriority: 50 } }).alerts).toMatchObject({ urgency: ['now', 'soon'], minPriority: 50 });
    expect(() => validateConfig({ brands, alerts: { urgency: ['later'] } })).toThrow(/alerts\.urgency\[0\]/);
    expect(() => validateConfig({ brands, alerts: { urgency: [] } })).toThrow(/alerts\.urgency: list at least one urgency/);
  });

  it('names each bad field', () => {
    expect(() => validateConfig({ brands, alerts: { minPriority: 120, webhooks: [{ url: 'ftp://hooks.example' }, { url: 'https://hooks.example/x', kinds: ['digest'] }], spike: { factor: 0.5 } } })).toThrow(
      /alerts\.minPriority: Too big[\s\S]*alerts\.spike\.factor: Too small[\s\S]*alerts\.webhooks\[0\]\.url: must be an http\(s\) URL[\s\S]*alerts\.webhooks\[1\]\.kinds\[0\]/,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { validateConfig } from './config.ts';
import { ConfigError } from './errors.ts';

const base = { brands: [{ name: 'Acme', query: 'acme' }] };

function problemsOf(input: unknown): string[] {
  try {
    validateConfig(input);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems;
  }
}

describe('config triage.businessHours', () => {
  it('is optional, and read with its defaults when given', () => {
    expect(validateConfig(base).triage).toEqual({});
    const config = validateConfig({ ...base, triage: { businessHours: { timezone: 'Europe/Madrid', from: '09:00', to: '18:00' } } });
    expect(config.triage.businessHours).toEqual({ timezone: 'Europe/Madrid', days: 'mon-fri', from: '09:00', to: '18:00', holidays: [] });
  });

  it('names each bad field and unknown key when the config loads', () => {
    const problems = problemsOf({ ...base, triage: { businessHours: { timezone: 'Madrid', days: 'mon-fry', from: '9', to: '18:00', tz: 'x' } } });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^triage\.businessHours\.timezone: is not a time zone/),
        expect.stringMatching(/^triage\.businessHours\.days: "fry" is not a day/),
        expect.stringMatching(/^triage\.businessHours\.from: must be a time like "09:00"/),
        expect.stringMatching(/^triage\.businessHours\.tz: unknown key "tz"/),
      ]),
    );
    expect(problemsOf({ ...base, triage: { businesHours: {} } })).toEqual([expect.stringMatching(/^triage\.businesHours: unknown key "businesHours": did you mean "businessHours"\?/)]);
    expect(problemsOf({ ...base, triage: { businessHours: { timezone: 'UTC', from: '18:00', to: '09:00' } } })).toEqual([expect.stringMatching(/^triage\.businessHours\.to: "to" must be after "from"/)]);
  });
});

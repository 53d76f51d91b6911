import { afterEach, describe, expect, it } from 'vitest';
import { settingsAnswerSchema } from '../../../shared/api/settings.ts';
import { openApiFixture, type ApiFixture } from '../testing/api-fixture.ts';

let fx: ApiFixture | undefined;
afterEach(() => fx?.close());

describe('GET /api/settings', () => {
  it('tells the response limit, around the clock when no business hours are set', async () => {
    fx = await openApiFixture();
    const response = await fx.api.app.inject({ url: '/api/settings', headers: fx.auth });
    expect(response.statusCode).toBe(200);
    expect(settingsAnswerSchema.parse(response.json())).toEqual({ triage: { responseHours: 48 } });
  });

  it('serves the configured business hours, and only to a valid token', async () => {
    const businessHours = { timezone: 'Europe/Madrid', days: 'mon-fri', from: '09:00', to: '18:00', holidays: ['2026-12-25'] };
    fx = await openApiFixture({ triage: { businessHours } });
    expect((await fx.api.app.inject({ url: '/api/settings', headers: fx.auth })).json()).toEqual({ triage: { responseHours: 48, businessHours } });
    expect((await fx.api.app.inject({ url: '/api/settings' })).statusCode).toBe(401);
  });
});

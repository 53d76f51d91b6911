// GET /api/settings: the config the extension needs to show mentions as the team works (the response
// clock and its business hours), so it is set once, in vigia.config.json, for everyone.
import type { FastifyInstance } from 'fastify';
import type { SettingsAnswer } from '../../../shared/api/settings.ts';
import { IMMEDIACY_HOURS } from '../../../shared/priority/index.ts';
import type { TriageSettings } from '../../triage-settings.ts';

export function settingsRoutes(app: FastifyInstance, triage: TriageSettings = {}): void {
  const answer: SettingsAnswer = { triage: { responseHours: IMMEDIACY_HOURS, ...(triage.businessHours ? { businessHours: triage.businessHours } : {}) } };
  app.get('/api/settings', async (): Promise<SettingsAnswer> => answer);
}

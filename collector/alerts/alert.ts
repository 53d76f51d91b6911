// What an alert is: one stable id per event (a mention, or a brand's negative spike in one hour), so
// the stream, the webhooks and a restarted collector all agree on what was already said.
// The shapes are the API contract's (shared/api/alerts.ts): the stream and GET /api/alerts send them as they are.
export type { Alert, AlertMention, AlertSpike } from '../../shared/api/alerts.ts';

export const SPIKE_PRIORITY = 100;

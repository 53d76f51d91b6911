// The HTTP API in one table: every route with the schemas of its query, body and answer. The collector
// validates with them, the extension's client reads answers with them, and docs/api-contract.md explains them.
import type { z } from 'zod';
import { alertListAnswerSchema } from './alerts.ts';
import { aspectStatsAnswerSchema, aspectStatsQuerySchema } from './aspects.ts';
import { analyzeAnswerSchema, analyzeBodySchema } from './analyze.ts';
import { customerForgetAnswerSchema, customerLookupQuerySchema, identityLinkBodySchema, journeyMoveBodySchema } from './customers.ts';
import { healthAnswerSchema } from './health.ts';
import { customerJourneyViewSchema, customerLookupResultSchema } from './journey-view.ts';
import { customerSchema } from '../customer/customer.ts';
import { competitorFilterQuerySchema } from './competitor-filter.ts';
import { mentionAnswerSchema, mentionListQuerySchema, mentionPageSchema, triageBodySchema } from './mentions.ts';
import { settingsAnswerSchema } from './settings.ts';
import { shareOfVoiceAnswerSchema, shareOfVoiceQuerySchema } from './share-of-voice.ts';
import { sourcesAnswerSchema } from './sources.ts';
import { journeyStatsAnswerSchema, journeyStatsQuerySchema, sentimentStatsAnswerSchema, sentimentStatsQuerySchema } from './stats.ts';
import { streamEventSchemas, streamQuerySchema } from './stream.ts';
import { touchpointBatchSchema, touchpointsAnswerSchema } from './touchpoints.ts';
import { helpdesksAnswerSchema, ticketAnswerSchema, ticketRequestBodySchema, webhookAnswerSchema } from './tickets.ts';
import { recoveryStatsAnswerSchema, recoveryStatsQuerySchema } from './recovery.ts';
import { customerReportQuerySchema } from './journey-report.ts';
import { exclusionAnswerSchema, exclusionBodySchema, exclusionRemovedAnswerSchema, muteAddedAnswerSchema, muteBodySchema, muteRemovedAnswerSchema, noiseAnswerSchema, notAboutUsAnswerSchema, notAboutUsBodySchema } from './noise.ts';
import { replyBodySchema, replySetupAnswerSchema } from './replies.ts';
import { historyAnswerSchema, meAnswerSchema, noteBodySchema, noteEditBodySchema, sentimentBodySchema, tagsPatchBodySchema, tagsPutBodySchema, usersAnswerSchema } from './team.ts';

interface RouteContract {
  query?: z.ZodType;
  body?: z.ZodType;
  /** The JSON answer; for the stream, the data of each event type instead. */
  answer?: z.ZodType;
  events?: typeof streamEventSchemas;
  /** True for routes open without a token: health, and the helpdesks' webhooks (signed or with a shared secret instead). */
  open?: true;
}

/** Every route of the API, as "METHOD /path" (`:id` for a path parameter). */
export const API_ROUTES = {
  'GET /api/health': { answer: healthAnswerSchema, open: true },
  'GET /api/mentions': { query: mentionListQuerySchema.extend(competitorFilterQuerySchema.shape), answer: mentionPageSchema },
  'GET /api/mentions/:id': { answer: mentionAnswerSchema },
  'PATCH /api/mentions/:id/triage': { body: triageBodySchema, answer: mentionAnswerSchema },
  'GET /api/stream': { query: streamQuerySchema, events: streamEventSchemas },
  'GET /api/alerts': { answer: alertListAnswerSchema },
  'POST /api/analyze': { body: analyzeBodySchema, answer: analyzeAnswerSchema },
  'GET /api/sources': { answer: sourcesAnswerSchema },
  'GET /api/customers/lookup': { query: customerLookupQuerySchema, answer: customerLookupResultSchema },
  'GET /api/customers/:id/journey': { answer: customerJourneyViewSchema },
  'POST /api/customers/:id/links': { body: identityLinkBodySchema, answer: customerSchema },
  'DELETE /api/customers/:id/links': { body: identityLinkBodySchema, answer: customerSchema },
  'POST /api/customers/:id/journey/moves': { body: journeyMoveBodySchema, answer: customerJourneyViewSchema },
  'DELETE /api/customers/:id': { answer: customerForgetAnswerSchema },
  /** The body is one import record or `{records}` (touchpointBatchSchema); records are checked one by one. */
  'POST /api/touchpoints': { body: touchpointBatchSchema, answer: touchpointsAnswerSchema },
  'GET /api/stats/journeys': { query: journeyStatsQuerySchema, answer: journeyStatsAnswerSchema },
  'GET /api/stats/sentiment': { query: sentimentStatsQuerySchema, answer: sentimentStatsAnswerSchema },
  'GET /api/helpdesks': { answer: helpdesksAnswerSchema },
  'POST /api/mentions/:id/ticket': { body: ticketRequestBodySchema, answer: ticketAnswerSchema },
  'GET /api/mentions/:id/ticket': { answer: ticketAnswerSchema },
  /** The helpdesks' webhooks: no token, the vendor's signature or a shared secret (collector/tickets/README.md). */
  'POST /api/webhooks/zendesk': { answer: webhookAnswerSchema, open: true },
  'POST /api/webhooks/freshdesk': { answer: webhookAnswerSchema, open: true },
  'POST /api/webhooks/hubspot': { answer: webhookAnswerSchema, open: true },
  'POST /api/webhooks/salesforce': { answer: webhookAnswerSchema, open: true },
  'GET /api/stats/recovery': { query: recoveryStatsQuerySchema, answer: recoveryStatsAnswerSchema },
  /** A self-contained HTML page or a PDF (not JSON): the customer's journey report. */
  'GET /api/customers/:id/report': { query: customerReportQuerySchema },
  'GET /api/stats/share-of-voice': { query: shareOfVoiceQuerySchema, answer: shareOfVoiceAnswerSchema },
  'GET /api/stats/aspects': { query: aspectStatsQuerySchema, answer: aspectStatsAnswerSchema },
  'GET /api/settings': { answer: settingsAnswerSchema },
  'GET /api/mutes': { answer: noiseAnswerSchema },
  'POST /api/mutes': { body: muteBodySchema, answer: muteAddedAnswerSchema },
  'DELETE /api/mutes/:id': { answer: muteRemovedAnswerSchema },
  'POST /api/mentions/:id/not-about-us': { body: notAboutUsBodySchema, answer: notAboutUsAnswerSchema },
  'DELETE /api/mentions/:id/not-about-us': { answer: mentionAnswerSchema },
  'POST /api/exclusions': { body: exclusionBodySchema, answer: exclusionAnswerSchema },
  'DELETE /api/exclusions/:id': { answer: exclusionRemovedAnswerSchema },
  'GET /api/replies/setup': { answer: replySetupAnswerSchema },
  'POST /api/mentions/:id/reply': { body: replyBodySchema, answer: mentionAnswerSchema },
  'GET /api/users': { answer: usersAnswerSchema },
  'GET /api/users/me': { answer: meAnswerSchema },
  'POST /api/mentions/:id/notes': { body: noteBodySchema, answer: mentionAnswerSchema },
  'PATCH /api/mentions/:id/notes/:noteId': { body: noteEditBodySchema, answer: mentionAnswerSchema },
  'DELETE /api/mentions/:id/notes/:noteId': { answer: mentionAnswerSchema },
  'PUT /api/mentions/:id/tags': { body: tagsPutBodySchema, answer: mentionAnswerSchema },
  'PATCH /api/mentions/:id/tags': { body: tagsPatchBodySchema, answer: mentionAnswerSchema },
  'PATCH /api/mentions/:id/sentiment': { body: sentimentBodySchema, answer: mentionAnswerSchema },
  'GET /api/mentions/:id/history': { answer: historyAnswerSchema },
} as const satisfies Record<string, RouteContract>;

export type ApiRoute = keyof typeof API_ROUTES;

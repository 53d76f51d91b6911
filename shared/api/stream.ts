// GET /api/stream (Server-Sent Events over fetch, authenticated like every route): what each event's
// `data:` line carries. `event: mention` frames have an `id:` (the change-feed cursor, for Last-Event-ID);
// `event: alert` frames have none and are not replayed.
import { z } from 'zod';
import { alertSchema } from './alerts.ts';
import { mentionAnswerSchema } from './mentions.ts';

/** `?since=<cursor>` replays what came after it (as a `Last-Event-ID` header does); anything else is ignored. */
export const streamQuerySchema = z.object({ since: z.string().regex(/^\d{1,15}$/).optional().catch(undefined) });

/** The data of each event type. */
export const streamEventSchemas = {
  mention: mentionAnswerSchema,
  alert: alertSchema,
} as const;
export type StreamEventType = keyof typeof streamEventSchemas;
export type StreamEvent = { [K in StreamEventType]: { type: K; data: z.infer<(typeof streamEventSchemas)[K]> } }[StreamEventType];

/** The SSE frame of an event: `id` only for mentions (their change-feed position). */
export function toStreamFrame(event: StreamEvent, id?: number | string): string {
  return `event: ${event.type}\n${id === undefined ? '' : `id: ${id}\n`}data: ${JSON.stringify(event.data)}\n\n`;
}

// POST /api/analyze: language, sentiment, moment and stage for a batch of texts (the extension scores
// posts it meets on social pages with it). Nothing is stored. A batch is checked and scored in slices of a
// few milliseconds with the event loop free between them, so health checks, the stream and collection go
// on while a large batch is read.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ANALYZE_LIMITS, analyzeEnvelopeSchema, analyzeTextSchema, asBatch, type AnalyzeAnswer, type AnalyzeText } from '../../../shared/api/analyze.ts';
import { analyzeText, type Analysis } from '../../enrich/analyze.ts';
import { ratingFromInput } from '../../enrich/rating.ts';
import { mapInSlices } from '../slices.ts';
import { installationLayer } from '../../enrich/corrections/installation-layer.ts';
import type { VigiaStore } from '../../store/store.ts';

/**
 * Texts that make the scorer build its lazily loaded vocabularies and indexes (both languages, emoji, moment
 * and stage phrases, a rating): built when the server starts, not in the middle of someone's request.
 */
const WARM_UP_TEXTS = [
  { text: 'El técnico no vino y llevo tres días sin internet, me cambio de compañía 😡', title: 'Fatal', rating: 0.2 },
  { text: 'Great support, they fixed my router in minutes. Highly recommend! 😀👍', lang: 'en' },
  { text: '¿Alguien ha probado la fibra de esta compañía antes de contratar? :)' },
];

/** Every text of the body, checked one slice at a time; a 400 names each bad field (`texts.3.text`). */
async function readTexts(body: unknown, gone: () => boolean): Promise<AnalyzeText[] | undefined> {
  const { texts } = analyzeEnvelopeSchema.parse(asBatch(body ?? {}));
  const checked = await mapInSlices(texts, (text) => analyzeTextSchema.safeParse(text), { gone });
  if (!checked) return undefined;
  const issues = checked.flatMap((c, i) => (c.success ? [] : c.error.issues.map((issue) => ({ ...issue, path: ['texts', i, ...issue.path] }))));
  if (issues.length) throw new z.ZodError(issues);
  return checked.flatMap((c) => (c.success ? [c.data] : []));
}

/** `store`: whose sentiment corrections are applied over the shipped reading (as at ingest). */
export function analyzeRoutes(app: FastifyInstance, store?: VigiaStore): void {
  app.addHook('onReady', async () => {
    for (const input of WARM_UP_TEXTS) analyzeText(input);
  });

  app.post('/api/analyze', { bodyLimit: ANALYZE_LIMITS.bodyBytes }, async (request, reply): Promise<AnalyzeAnswer | undefined> => {
    // A client that hung up does not want the rest.
    const gone = () => request.raw.socket?.destroyed === true;
    const texts = await readTexts(request.body, gone);
    const layer = texts && store ? await installationLayer(store) : undefined;
    const results: Analysis[] | undefined =
      texts &&
      (await mapInSlices(
        texts,
        (t) => {
          const shipped = analyzeText({ text: t.text, title: t.title, lang: t.lang, rating: ratingFromInput(t.rating, t.stars), platform: t.platform });
          return layer ? layer.adjust(t.title ? `${t.title}.\n${t.text}` : t.text, shipped.lang, shipped) : shipped;
        },
        { gone },
      ));
    // 499 (as nginx names it): the client closed the request; nobody reads this answer.
    if (!results) return reply.code(499).send();
    return { results };
  });
}

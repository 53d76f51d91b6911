// A thread of the enrichment pool: analyzes the batches the pool posts, with the settings and the correction
// layer that come with them, and posts the analyses back in order. Started only by enrich-pool.ts.
import { parentPort } from 'node:worker_threads';
import type { Analysis, AnalyzeInput } from '../analyze.ts';
import { CorrectionLayer } from '../corrections/layer.ts';
import { configureEnrichment } from '../settings.ts';
import { configureBrandAspects } from '../../aspects/brand-aspects.ts';
import { analyzeCorrected } from './analyze-corrected.ts';
import { enrichMention, type MentionInput } from './enrich-mention.ts';
import type { BatchAnswer, BatchMessage } from './messages.ts';

/** The layer this thread was last sent, by the key the pool gave it. */
let layer: { key: number; value: CorrectionLayer } | undefined;

function answer(message: BatchMessage): BatchAnswer {
  if (message.settings) configureEnrichment(message.settings);
  if (message.brandAspects) configureBrandAspects(message.brandAspects);
  if (message.layer?.weights) layer = { key: message.layer.key, value: new CorrectionLayer(message.layer.weights, message.layer.entries ?? []) };
  if (message.layer && layer?.key !== message.layer.key) return { id: message.id, error: `worker has no correction layer ${message.layer.key}` };
  const applied = message.layer && layer?.value;
  const { collectedAt } = message;
  if (collectedAt !== undefined) return { id: message.id, results: (message.inputs as MentionInput[]).map((input) => enrichMention(input, collectedAt, applied)) };
  const results: Analysis[] = (message.inputs as AnalyzeInput[]).map((input) => analyzeCorrected(input, applied));
  return { id: message.id, results };
}

parentPort?.on('message', (message: BatchMessage) => {
  let reply: BatchAnswer;
  try {
    reply = answer(message);
  } catch (error) {
    reply = { id: message.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});

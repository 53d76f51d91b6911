// A thread of the enrichment pool: analyzes the batches the pool posts, with the settings and the correction
// layer that come with them, and posts the analyses back in order. Started only by enrich-pool.ts.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { Analysis } from '../analyze.ts';
import { CorrectionLayer } from '../corrections/layer.ts';
import { configureEnrichment } from '../settings.ts';
import { analyzeCorrected } from './analyze-corrected.ts';
import type { BatchAnswer, BatchMessage } from './messages.ts';

/** The layer this thread was last sent, by the key the pool gave it. */
let layer: { key: number; value: CorrectionLayer } | undefined;

function answer(message: BatchMessage): BatchAnswer {
  configureEnrichment(message.settings);
  if (message.layer?.weights) layer = { key: message.layer.key, value: new CorrectionLayer(message.layer.weights, message.layer.entries ?? []) };
  if (message.layer && layer?.key !== message.layer.key) return { id: message.id, error: `worker has no correction layer ${message.layer.key}` };
  const results: Analysis[] = message.inputs.map((input) => analyzeCorrected(input, message.layer && layer?.value));
  return { id: message.id, results };
}

/** Niceness of the enrichment threads: when they fill every core, the event loop's thread still runs first. */
const THREAD_NICE = 10;

// On Linux each thread has its own niceness, and /proc/thread-self names this thread's id; elsewhere the
// threads keep the process's priority (the API then shares the cores with them evenly).
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), THREAD_NICE);
} catch {
  // not Linux, or not allowed: run at the process's priority
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

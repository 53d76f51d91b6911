// Recorded API answers and real feeds from the evaluation data (read through VIGIA_EVAL_DATA), for tests.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evalDataSubdir } from '../../../test/support/eval-data.ts';

/** One recorded HTTP exchange as listed in a responses.index.json. */
export interface RecordedResponse {
  file: string;
  uri: string;
  method: string;
  status: number;
}

/** The data folder `sub` (e.g. "social-api/praw-reddit"), or undefined when it is not on this machine. */
export function recordedDir(sub: string): string | undefined {
  return evalDataSubdir(sub);
}

/** The recorded GET answers of `dir` whose URI matches `pattern`, with their parsed JSON bodies. */
export function recordedAnswers(dir: string, pattern: RegExp): (RecordedResponse & { json: unknown })[] {
  const index = JSON.parse(readFileSync(join(dir, 'responses.index.json'), 'utf8')) as RecordedResponse[];
  return index
    .filter((r) => r.method === 'GET' && r.status === 200 && pattern.test(r.uri))
    .map((r) => ({ ...r, json: JSON.parse(readFileSync(join(dir, r.file), 'utf8')) as unknown }));
}

/** Fields every mapped item must carry, as a list of what is missing (empty when all are there). */
export function missingRequired(item: { guid?: string; url?: string; title?: string; content?: string; platform?: string }): string[] {
  const missing: string[] = [];
  if (!item.guid) missing.push('guid');
  if (!item.url) missing.push('url');
  if (!item.title && !item.content) missing.push('title or content');
  if (!item.platform) missing.push('platform');
  return missing;
}

// NoiseStore over any SqlBackend: mute rules, "not about us", posted replies and query exclusions, each call
// waiting for the schema to be up to date like the rest of the store.
import type { NoiseStore } from '../mutes/noise-store.ts';
import { createMuteQueries } from './mute-queries.ts';
import { createNoiseMarkQueries } from './noise-mark-queries.ts';
import type { SqlBackend } from './sql-backend.ts';

export function createSqlNoiseStore(backend: SqlBackend, ready: Promise<void>): NoiseStore {
  const mutes = createMuteQueries(backend);
  const marks = createNoiseMarkQueries(backend);
  const after =
    <A extends unknown[], R>(fn: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await ready;
      return fn(...args);
    };
  return {
    listMutes: after(mutes.listMutes),
    addMute: after(mutes.addMute),
    removeMute: after(mutes.removeMute),
    syncConfigMutes: after(mutes.syncConfigMutes),
    markNotAboutUs: after(marks.markNotAboutUs),
    clearNotAboutUs: after(marks.clearNotAboutUs),
    listExclusions: after(marks.listExclusions),
    addExclusion: after(marks.addExclusion),
    removeExclusion: after(marks.removeExclusion),
    ingestRules: after(marks.ingestRules),
    recordReply: after(marks.recordReply),
  };
}

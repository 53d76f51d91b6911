// For tests: an empty extension (fake browser storage, empty database) and a fresh fake collector.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '../../db/vigia-db.ts';
import { FakeCollector } from './fake-collector.ts';

/** Resets the browser fakes and the database, and starts a new fake collector. */
export async function freshCollector(): Promise<FakeCollector> {
  fakeBrowser.reset();
  await db.delete();
  await db.open();
  return new FakeCollector();
}

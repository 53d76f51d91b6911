// A storage item bumped after the background refreshed a cached customer journey, so overlays (which
// cannot read the extension's IndexedDB) know to ask again.
import { storage } from '#imports';

export const journeysChangedItem = storage.defineItem<string>('local:customerJourneysChangedAt', { fallback: '' });

/** Call after the cache write has committed. */
export async function notifyJourneysChanged(): Promise<void> {
  await journeysChangedItem.setValue(`${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
}

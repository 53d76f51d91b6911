// A storage item bumped after every committed write to `mentions`, so content scripts (which cannot read
// the extension's IndexedDB) know when to ask again; it survives the service worker being stopped.
import { storage } from '#imports';

export const mentionsChangedItem = storage.defineItem<string>('local:mentionsChangedAt', { fallback: '' });

/** Call after the transaction has committed, never inside it. */
export async function notifyMentionsChanged(): Promise<void> {
  await mentionsChangedItem.setValue(`${Date.now()}-${Math.random().toString(36).slice(2, 8)}`);
}

// What the sync is doing, kept in storage so the popup and options page can show it after a restart.
import { storage } from '#imports';

/** The sync's state as the UI shows it. */
export interface SyncStatus {
  state: 'not-configured' | 'syncing' | 'live' | 'error';
  /** The error, for `error`. */
  detail?: string;
  /** When the state was entered (ISO 8601). */
  since: string;
  /** When mentions last arrived or the feed was last caught up (ISO 8601). */
  lastSyncAt?: string;
}

export const syncStatusItem = storage.defineItem<SyncStatus>('local:syncStatus', {
  version: 1,
  fallback: { state: 'not-configured', since: '1970-01-01T00:00:00.000Z' },
});

/** Enters a state, keeping `lastSyncAt` unless a new one is given. */
export async function setSyncStatus(state: SyncStatus['state'], extra: { detail?: string; synced?: boolean } = {}): Promise<SyncStatus> {
  const now = new Date().toISOString();
  const previous = await syncStatusItem.getValue();
  const status: SyncStatus = { state, since: now };
  if (extra.detail !== undefined) status.detail = extra.detail;
  const lastSyncAt = extra.synced ? now : previous.lastSyncAt;
  if (lastSyncAt !== undefined) status.lastSyncAt = lastSyncAt;
  await syncStatusItem.setValue(status);
  return status;
}

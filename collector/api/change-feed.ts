// Fans stored changes (new mentions, triage edits) out to live clients. It reads the store's change feed,
// so changes made by another process on the same store (a separate `collect`) reach clients too:
// a poke() from this process or the store's change signal delivers at once, a slow poll catches the rest.
import type { Mention } from '../../shared/mention.ts';
import type { VigiaStore } from '../store/store.ts';

export type ChangeListener = (mention: Mention, seq: number) => void;

export interface ChangeFeed {
  subscribe(listener: ChangeListener): () => void;
  /** Look for changes now (call after writing). */
  poke(): void;
  close(): void;
}

export function createChangeFeed(store: VigiaStore, opts: { pollMs?: number } = {}): ChangeFeed {
  const listeners = new Set<ChangeListener>();
  let lastSeq: number | undefined;
  let pumping: Promise<void> | undefined;
  let again = false;

  const pump = async () => {
    lastSeq ??= await store.latestSeq();
    for (;;) {
      const page = await store.listMentions({}, { mode: 'changes', afterSeq: lastSeq }, 200);
      page.items.forEach((mention, i) => {
        for (const listener of listeners) listener(mention, page.seqs?.[i] ?? page.lastSeq);
      });
      lastSeq = page.lastSeq;
      if (!page.next) break;
    }
  };
  const poke = () => {
    if (pumping) {
      again = true;
      return;
    }
    pumping = pump()
      .catch(() => undefined)
      .finally(() => {
        pumping = undefined;
        if (again) {
          again = false;
          poke();
        }
      });
  };
  void store.latestSeq().then((seq) => (lastSeq ??= seq));
  const timer = setInterval(() => listeners.size && poke(), opts.pollMs ?? 2000);
  timer.unref();
  // PostgreSQL announces every process's commits (LISTEN/NOTIFY); the poll stays as the safety net.
  const stopListening = store.onChange(() => listeners.size && poke());
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    poke,
    close() {
      clearInterval(timer);
      stopListening();
      listeners.clear();
    },
  };
}

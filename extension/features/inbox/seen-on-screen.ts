// "Shown" for a new arrival: at least half of its row on screen for two seconds while the page is
// visible. Scrolling past a row does not count it as read; stopping on it does.

/** How long a new arrival must be on screen to count as seen. @default 2000 ms: long enough to read a title. */
export const SEEN_DWELL_MS = 2000;
/** Share of the row that must be visible. @default 0.5 */
export const INTERSECTION_SHARE = 0.5;

export interface SeenWatcher {
  /** Watches a row (an element with its mention id), or stops watching it (`null` on unmount). */
  watch(id: string, element: Element | null): void;
  dispose(): void;
}

/** `onSeen` gets each id once it was shown long enough. Without IntersectionObserver nothing is marked. */
export function createSeenWatcher(onSeen: (id: string) => void, dwellMs: number = SEEN_DWELL_MS): SeenWatcher {
  const elements = new Map<string, Element>();
  const ids = new WeakMap<Element, string>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  const stopTimer = (id: string): void => {
    clearTimeout(timers.get(id));
    timers.delete(id);
  };
  const observer =
    typeof IntersectionObserver === 'undefined'
      ? undefined
      : new IntersectionObserver(
          (entries) => {
            for (const entry of entries) {
              const id = ids.get(entry.target);
              if (id === undefined) continue;
              if (!entry.isIntersecting || entry.intersectionRatio < INTERSECTION_SHARE) stopTimer(id);
              else if (!timers.has(id)) {
                timers.set(
                  id,
                  setTimeout(() => {
                    timers.delete(id);
                    if (document.visibilityState === 'visible' && elements.has(id)) onSeen(id);
                  }, dwellMs),
                );
              }
            }
          },
          { threshold: [0, INTERSECTION_SHARE] },
        );
  const forget = (id: string): void => {
    const element = elements.get(id);
    if (element) observer?.unobserve(element);
    elements.delete(id);
    stopTimer(id);
  };
  // A re-render hands the same row back (null, then the element): forgetting waits a turn so the
  // time already spent on screen is not lost.
  const leaving = new Set<string>();
  return {
    watch(id, element) {
      if (element === null) {
        if (!elements.has(id) || leaving.has(id)) return;
        leaving.add(id);
        queueMicrotask(() => {
          if (leaving.delete(id)) forget(id);
        });
        return;
      }
      leaving.delete(id);
      if (elements.get(id) === element) return;
      forget(id);
      elements.set(id, element);
      ids.set(element, id);
      observer?.observe(element);
    },
    dispose() {
      observer?.disconnect();
      for (const id of [...timers.keys()]) stopTimer(id);
      elements.clear();
      leaving.clear();
    },
  };
}

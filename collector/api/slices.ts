// Long work inside a request, cut into slices with the event loop free between them: other requests, the
// live stream and the collector's timers keep being served while one large request is handled.

/** How long one slice may hold the event loop before it yields. @default 10 */
const SLICE_MS = 10;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Maps every item in order, yielding to the event loop whenever a slice has run for `sliceMs`.
 * Resolves undefined, without finishing, once `gone()` says nobody waits for the answer any more.
 */
export async function mapInSlices<T, R>(items: readonly T[], fn: (item: T, index: number) => R, opts: { sliceMs?: number; gone?: () => boolean } = {}): Promise<R[] | undefined> {
  const { sliceMs = SLICE_MS, gone = () => false } = opts;
  const out: R[] = [];
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    out.push(fn(items[i]!, i));
    if (performance.now() - sliceStart >= sliceMs) {
      await yieldToEventLoop();
      if (gone()) return undefined;
      sliceStart = performance.now();
    }
  }
  return out;
}

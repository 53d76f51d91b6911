// What a noise or reply action answers across the message boundary: its value, or why the collector (or
// the network) refused it — the status kept, so the page can say what 401, 403 and 409 mean.
import { CollectorAuthError, CollectorHttpError, describeError } from '../../sync/collector-errors.ts';

/** `notConfigured`: no collector URL or token yet (nothing was sent). */
export type ActionResult<T> = { ok: true; value: T } | { ok: false; status?: number; detail: string; notConfigured?: true };

/** Runs a collector call and folds any failure into an ActionResult. */
export async function actionResult<T>(run: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    const status = error instanceof CollectorAuthError ? 401 : error instanceof CollectorHttpError ? error.status : undefined;
    // The collector's own words, without the "collector: 409 on /api/… (" wrapping.
    const detail = describeError(error).replace(/^collector: (?:\d{3} on \S+|401 unauthorized) \((.*)\)$/s, '$1');
    return status === undefined ? { ok: false, detail } : { ok: false, status, detail };
  }
}

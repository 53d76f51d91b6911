// The response clock the collector's config sets (GET /api/settings): the limit and, when configured, the
// business hours it counts in. Kept in extension storage, so the inbox and badges show it offline too.
import { storage } from '#imports';
import { triageClockSchema, type TriageClock } from '../../../shared/api/settings.ts';
import { IMMEDIACY_HOURS } from '../../../shared/priority/index.ts';
import { compileBusinessHours, type CompiledBusinessHours } from '../../../shared/time/business-hours.ts';

/** The clock as stored: the collector's answer, and when it was fetched. */
export interface StoredTriageClock {
  clock: TriageClock;
  /** When the collector last told it (ISO 8601); absent for the built-in default. */
  fetchedAt?: string;
}

export const DEFAULT_TRIAGE_CLOCK: StoredTriageClock = { clock: { responseHours: IMMEDIACY_HOURS } };

export const triageClockItem = storage.defineItem<StoredTriageClock>('local:triageClock', {
  version: 1,
  fallback: DEFAULT_TRIAGE_CLOCK,
});

/** The clock ready for the maths. */
export interface ResponseClock {
  /** Hours allowed for a first response. */
  responseHours: number;
  /** Counted in these business hours only, when set. */
  businessHours?: CompiledBusinessHours;
}

/** Compiles a stored clock; anything unreadable (an older extension's value) gives the default 48 h. */
export function toResponseClock(stored: StoredTriageClock | undefined): ResponseClock {
  const parsed = triageClockSchema.safeParse(stored?.clock);
  if (!parsed.success) return { responseHours: IMMEDIACY_HOURS };
  const { responseHours, businessHours } = parsed.data;
  return businessHours ? { responseHours, businessHours: compileBusinessHours(businessHours) } : { responseHours };
}

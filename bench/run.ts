// `npm run bench`: runs every benchmark module in the list below, one after the other, and prints its
// figures. A module that fails is reported and the rest still run. `npm run bench -- NAME…` runs some.
import brandQuery from './brand-query.ts';
import customerJourney from './customer-journey.ts';
import enrichment from './enrichment.ts';
import importBench from './import.ts';
import ingest from './ingest.ts';
import journeys from './journeys.ts';
import nearDuplicates from './near-duplicates.ts';
import overlay from './overlay.ts';
import pool from './pool.ts';
import reviewPages from './review-pages.ts';
import scaleOut from './scale-out.ts';
import startup from './startup.ts';
import storage from './storage.ts';

process.env.DOTENV_CONFIG_QUIET ??= 'true';

/** A benchmark: it prints its figures, or returns them as `lines` for the runner to print. */
export interface BenchModule {
  name: string;
  run(): Promise<unknown>;
}

const BENCHMARKS: BenchModule[] = [enrichment, brandQuery, nearDuplicates, journeys, customerJourney, storage, ingest, importBench, overlay, reviewPages, startup, pool, scaleOut];

const wanted = process.argv.slice(2);
let failed = 0;
for (const bench of BENCHMARKS.filter((b) => wanted.length === 0 || wanted.includes(b.name))) {
  console.log(`\n== ${bench.name}`);
  try {
    const result = await bench.run();
    const lines = (result as { lines?: unknown } | undefined)?.lines;
    if (Array.isArray(lines)) for (const line of lines) console.log(String(line));
  } catch (error) {
    failed++;
    console.log(`bench ${bench.name}: failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;

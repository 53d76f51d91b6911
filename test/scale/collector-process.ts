// One collector process of the scale test: `node --import tsx test/scale/collector-process.ts CONFIG ID`.
// Opens the store VIGIA_DATABASE_URL names, collects by lease, prints one JSON line per source run, and
// stops cleanly on SIGTERM (the test also kills one with SIGKILL, which must cost only its leases).
import { loadConfig } from '../../collector/config.ts';
import { createHttpClient } from '../../collector/http/http-client.ts';
import { createBrandMatcher } from '../../collector/pipeline/match-brands.ts';
import { openStore } from '../../collector/store/open-store.ts';
import { startLeasedCollector } from '../../collector/lease-scheduler.ts';

const [configFile, collectorId] = process.argv.slice(2);
if (!configFile || !collectorId) {
  console.error('usage: collector-process.ts CONFIG COLLECTOR_ID');
  process.exit(2);
}
const config = await loadConfig(configFile);
const store = await openStore();
const collector = startLeasedCollector(
  config.sources,
  { store, http: createHttpClient(config.collector), matcher: createBrandMatcher(config.brands) },
  {
    collectorId,
    leaseMs: Number(process.env.VIGIA_LEASE_MS ?? 120_000),
    onRun: (run) => console.log(JSON.stringify({ collectorId, ...run })),
    onError: (error) => console.error(`${collectorId}: ${(error as Error).message}`),
  },
);
console.log(JSON.stringify({ collectorId, ready: true }));
process.on('SIGTERM', () => {
  void collector
    .stop()
    .then(() => store.close())
    .then(() => process.exit(0));
});

// `node --import ./scripts/compiled-sources.js bench/run.ts`: runs TypeScript sources compiled the way dist/ is
// (esbuild, module by module, no other options), so a benchmark measures the code users run. tsx, which the
// tests use, compiles with esbuild's keepNames: every closure a function makes is wrapped to keep its name,
// about half a microsecond each, which is real time in the per-text loops the benches measure.
import { register } from 'node:module';

register('./compiled-sources-hooks.js', import.meta.url);

#!/usr/bin/env node
// Entry point of the `vigia` command: runs the compiled collector in dist/ (built by npm install, npm start
// and npm test), or the TypeScript sources through tsx when that build is missing or older than them — a
// developer's edit is never hidden by an old build. VIGIA_FROM_SOURCE=1 always runs the sources.
import { buildState } from '../scripts/collector-build.js';

process.env.DOTENV_CONFIG_QUIET ??= 'true';
const state = process.env.VIGIA_FROM_SOURCE === '1' ? 'source' : buildState();
if (state === 'current') {
  await import('../dist/collector/cli.js');
} else {
  // Said to people only: scripts reading stderr get the command's own messages.
  if (state !== 'source' && process.stderr.isTTY) {
    console.error(`vigia: ${state === 'missing' ? 'no compiled build' : 'the compiled build is older than the sources'}; running the TypeScript sources (slower start — "npm run build:collector" compiles)`);
  }
  const { register } = await import('tsx/esm/api');
  register();
  await import('../collector/cli.ts');
}

#!/usr/bin/env node
// Entry point of the `vigia` command: runs the TypeScript CLI through tsx's loader.
process.env.DOTENV_CONFIG_QUIET ??= 'true';
const { register } = await import('tsx/esm/api');
register();
await import('../collector/cli.ts');

// The `vigia` command line (see README and DESIGN.md's public interfaces).
// Start-up loads commander and nothing heavy: each action imports its command's modules when it runs
// (browser, language models, database drivers, HTTP server), so `vigia --version` answers at once (issue 18).
// Register a command the same way: options here, `await import('./commands/<name>.ts')` in its action.
import { Command, InvalidArgumentError, Option } from 'commander';
import type { SqlStore } from './store/sql-store.ts';
import { VigiaError } from './errors.ts';
import { VERSION } from './version.ts';

const DEFAULT_CONFIG = 'vigia.config.json';

const port = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port number 0–65535');
  return n;
};

const seconds = (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 86_400) throw new InvalidArgumentError('expected a number of seconds, up to 86400');
  return n;
};

const program = new Command('vigia').version(VERSION).description('Vigía collector: public mentions and customer journeys for CX teams.');

program
  .command('start')
  .description('collect on schedule and serve the API in one process')
  .option('-c, --config <file>', 'config file', DEFAULT_CONFIG)
  .option('-p, --port <port>', 'API port (overrides the config)', port)
  .action(async (opts: { config: string; port?: number }) => {
    const [{ loadConfig }, { openStore }, { startService, stopOnSignals }, { formatRun }, { startCustomerMaintenance }, { describeError }, { startDigestOf }] = await Promise.all([
      import('./config.ts'),
      import('./store/open-store.ts'),
      import('./service.ts'),
      import('./commands/collect.ts'),
      import('./customers/customer-maintenance.ts'),
      import('./errors.ts'),
      import('./commands/report.ts'),
    ]);
    const config = await loadConfig(opts.config);
    const store = await openStore();
    const service = await startService({ api: config.api, collect: config, alerts: config.alerts, triage: config.triage, helpdesks: config.helpdesks, store, port: opts.port, onRun: (s) => console.log(formatRun(s)) });
    console.log(`Vigía collecting ${config.sources.filter((s) => s.enabled).length} sources; API at ${service.apiUrl}`);
    // Retention of touchpoints and journey summaries: now, then daily.
    const maintenance = startCustomerMaintenance(store.customers, { touchpointDays: config.retention.touchpointDays, onError: (e) => console.error(`customers: maintenance failed: ${describeError(e)}`) });
    const digest = startDigestOf(config, store);
    stopOnSignals(async () => {
      maintenance.stop();
      digest?.stop();
      await service.stop();
      await store.close();
    });
  });

program
  .command('collect')
  .description('one pass over every enabled source, then exit')
  .requiredOption('--once', 'run once and exit (the only mode; use "start" to collect on schedule)')
  .option('-c, --config <file>', 'config file', DEFAULT_CONFIG)
  .action(async (opts: { config: string }) => {
    const [{ loadConfig }, { openStore }, { collectOnce }, { runCustomerMaintenance }] = await Promise.all([
      import('./config.ts'),
      import('./store/open-store.ts'),
      import('./commands/collect.ts'),
      import('./customers/customer-maintenance.ts'),
    ]);
    const config = await loadConfig(opts.config);
    const store = await openStore();
    try {
      const runs = await collectOnce(config, store);
      const failed = runs.filter((r) => !r.ok).length;
      console.log(`${runs.length} sources, ${runs.reduce((n, r) => n + r.stored, 0)} new mentions, ${failed} failed`);
      await runCustomerMaintenance(store.customers, { touchpointDays: config.retention.touchpointDays, now: new Date() });
    } finally {
      await store.close();
    }
  });

program
  .command('status')
  .description("each source's last run, items seen and new, errors and next run (exit 1 when one is failing)")
  .option('-c, --config <file>', `config file (default ${DEFAULT_CONFIG} when present)`)
  .option('--json', 'one JSON object per source')
  .option('--demo', 'the running demo\'s sources (its own store under data/demo)')
  .action(async (opts: { config?: string; json?: boolean; demo?: boolean }) => {
    const [{ runStatus, statusConfig }, { openStore, openStoreAt }, { demoDatabaseFile }] = await Promise.all([
      import('./commands/status.ts'),
      import('./store/open-store.ts'),
      import('./demo/demo-store.ts'),
    ]);
    const config = opts.demo ? undefined : await statusConfig(opts.config, DEFAULT_CONFIG);
    const store = opts.demo ? await openStoreAt(demoDatabaseFile()) : await openStore();
    try {
      if (await runStatus(store, config, (line) => console.log(line), { json: opts.json })) process.exitCode = 1;
    } finally {
      await store.close();
    }
  });

program
  .command('serve')
  .description('serve the HTTP API only')
  .option('-p, --port <port>', 'API port', port)
  .option('-c, --config <file>', 'config file (optional: for api settings and alerts)')
  .action(async (opts: { port?: number; config?: string }) => {
    const [{ defaultApiSettings, loadConfig }, { openStore }, { startService, stopOnSignals }] = await Promise.all([
      import('./config.ts'),
      import('./store/open-store.ts'),
      import('./service.ts'),
    ]);
    const config = opts.config ? await loadConfig(opts.config) : undefined;
    const store = await openStore();
    const service = await startService({ api: config?.api ?? defaultApiSettings(), alerts: config?.alerts, triage: config?.triage, brands: config?.brands, helpdesks: config?.helpdesks, store, port: opts.port });
    console.log(`Vigía API at ${service.apiUrl}`);
    stopOnSignals(async () => {
      await service.stop();
      await store.close();
    });
  });

program
  .command('analyze')
  .description('read texts on stdin (JSON lines or plain lines), write language, sentiment, moment and stage as JSON lines')
  .action(async () => {
    const { analyzeCommand } = await import('./commands/analyze.ts');
    process.exitCode = await analyzeCommand(process.stdin, process.stdout, process.stderr);
  });

program
  .command('query')
  .description('brand queries')
  .command('test <query>')
  .description('read lines on stdin (plain text or JSON with "text") and print which match the brand query and why')
  .option('--json', 'one JSON object per line')
  .action(async (query: string, opts: { json?: boolean }) => {
    const { runQueryTest } = await import('./commands/query-test.ts');
    if ((await runQueryTest(query, process.stdin, process.stdout, opts)).errors) process.exitCode = 1;
  });

const fetchKind = new Option('--kind <id>', 'source kind to use, else told from the URL');
program
  .command('fetch <url>')
  .description('fetch one feed or API URL with the source kind that fits and print its normalised mentions as JSON lines (nothing stored)')
  .option('--platform <id>', 'platform to record (else told from each item URL)')
  .addOption(fetchKind)
  .action(async (url: string, opts: { platform?: string; kind?: string }) => {
    const [{ runFetch }, { defaultCollectorSettings }] = await Promise.all([import('./commands/fetch-url.ts'), import('./config.ts')]);
    const count = await runFetch(url, defaultCollectorSettings(), process.stdout, opts);
    console.error(`${count} mentions`);
  });

const scrapeTimeout = new Option('--timeout <seconds>', 'give up after this long').argParser(seconds);
program
  .command('scrape <url>')
  .description('read the reviews of one review page with the browser and print them as JSON lines')
  .option('--no-robots', 'do not honour robots.txt (your responsibility)')
  .addOption(scrapeTimeout)
  .action(async (url: string, opts: { robots: boolean; timeout?: number }) => {
    const { runScrapeCommand } = await import('./commands/scrape-command.ts');
    await runScrapeCommand(url, { robots: opts.robots, timeoutSeconds: opts.timeout });
  });

const token = program.command('token').description('API tokens');
/** Runs a token subcommand on the store and closes it. */
const withStore = async (fn: (store: SqlStore) => Promise<unknown>) => {
  const { openStore } = await import('./store/open-store.ts');
  const store = await openStore();
  try {
    await fn(store);
  } finally {
    await store.close();
  }
};
token
  .command('create <name>')
  .description('create an API token; it is printed alone on the last line (a name in use is refused)')
  .option('--replace', 'replace the token of that name (the old one is revoked)')
  .action((name: string, opts: { replace?: boolean }) => withStore(async (store) => (await import('./commands/token.ts')).createTokenCommand(store, name, opts)));
token
  .command('list')
  .description('each token: name, created, last used (never the secret)')
  .action(() => withStore(async (store) => (await import('./commands/token.ts')).listTokensCommand(store)));
token
  .command('revoke <name>')
  .description('revoke a token: running API servers refuse it within a second')
  .action((name: string) => withStore(async (store) => (await import('./commands/token.ts')).revokeTokenCommand(store, name)));

const user = program.command('user').description('the people of the team, each with a token of their own');
user
  .command('add <name>')
  .description('add a person and create their API token (printed alone on the last line); a name in use is refused')
  .option('--email <address>', 'their e-mail address')
  .action((name: string, opts: { email?: string }) => withStore(async (store) => (await import('./commands/user.ts')).addUserCommand(store, name, opts)));
user
  .command('list')
  .description('each person: name, e-mail, added, last seen (never a secret)')
  .action(() => withStore(async (store) => (await import('./commands/user.ts')).listUsersCommand(store)));

program
  .command('export-corrections')
  .description("the team's sentiment corrections as JSON Lines (text, lang, label), oldest first, to contribute or train on")
  .option('--out <file>', 'write to this new file instead of standard output')
  .option('--with-names', 'include who corrected each text')
  .action((opts: { out?: string; withNames?: boolean }) => withStore(async (store) => (await import('./commands/export-corrections.ts')).runExportCorrections(store, opts)));

program
  .command('report')
  .description('a report to send: volume, sentiment trend, key drivers, share of voice, top posts, response times against 48 h')
  .requiredOption('--from <date>', 'first day, e.g. 2026-11-01 (or an ISO date-time)')
  .requiredOption('--to <date>', 'last day, included (or an ISO date-time, excluded)')
  .option('--brand <name>', 'one brand only (its share of voice is still against the others)')
  .option('--format <format>', 'pdf, html or csv', 'html')
  .option('--out <file>', 'write here (default report-FROM-TO[-brand].FORMAT)')
  .option('--lang <lang>', 'en or es', 'en')
  .option('-c, --config <file>', `config file: brands and competitors (default ${DEFAULT_CONFIG} when present)`)
  .action(async (opts: import('./commands/report.ts').ReportCommandOptions & { config?: string }) => {
    const [{ statusConfig }, { runReportCommand }] = await Promise.all([import('./commands/status.ts'), import('./commands/report.ts')]);
    const config = await statusConfig(opts.config, DEFAULT_CONFIG);
    await withStore(async (store) => {
      if (!(await runReportCommand(store, config, opts))) process.exitCode = 1;
    });
  });

program
  .command('demo')
  .description('run the offline demo: fixture feeds about a fictional brand, collected on schedule, with the API')
  .option('-p, --port <port>', 'API port', port)
  .option('--keep', "keep the last start's data and token (default: start fresh)")
  .option('--seed <n>', 'replay the live stream of that seed', (value: string) => {
    const n = Number(value);
    if (!Number.isSafeInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
    return n;
  })
  .option('--open', 'launch Chromium with the demo build loaded and connected, on the demo web')
  .option('--quiet', 'do not print each live post')
  .action(async (opts: { port?: number; keep?: boolean; seed?: number; open?: boolean; quiet?: boolean }) => {
    const { runDemo } = await import('./commands/demo.ts');
    await runDemo({ port: opts.port, keep: opts.keep, seed: opts.seed, open: opts.open, verbose: !opts.quiet });
  });

program
  .command('import <file>')
  .description('customers and touchpoints from a CSV or JSONL export (re-importing changes nothing; bad rows are reported, good ones imported)')
  .option('--preset <id>', 'the export: zendesk, hubspot, salesforce or freshdesk (else told from the CSV header; JSONL needs none)')
  .option('--utc-offset <offset>', 'time zone of dates written without one, e.g. +01:00 (default UTC)')
  .option('--day-first', 'read 04/11/2026 as 4 November')
  .action(async (file: string, opts: { preset?: string; utcOffset?: string; dayFirst?: boolean }) => {
    const [{ openStore }, { runImportCommand }] = await Promise.all([import('./store/open-store.ts'), import('./commands/import.ts')]);
    const store = await openStore();
    try {
      if ((await runImportCommand(store, file, opts)).failed) process.exitCode = 1;
    } finally {
      await store.close();
    }
  });

program
  .command('forget')
  .description("erase a customer's personal data: identities, touchpoints, links (public mentions stay, unlinked)")
  .option('--email <address>', 'the customer with this e-mail')
  .option('--handle <handle>', 'the customer with this handle')
  .option('--platform <id>', 'platform of the handle (needed when the handle is on several)')
  .action(async (opts: { email?: string; handle?: string; platform?: string }) => {
    const [{ openStore }, { runForgetCommand, toForgetSelector }] = await Promise.all([import('./store/open-store.ts'), import('./commands/forget.ts')]);
    const selector = toForgetSelector(opts);
    const store = await openStore();
    try {
      await runForgetCommand(store, selector);
    } finally {
      await store.close();
    }
  });

program
  .command('migrate')
  .description('move an installation to another store (SQLite file → PostgreSQL URL) without loss; prints counts and checksums per table')
  .requiredOption('--from <location>', 'SQLite file (or postgres:// URL) to copy from')
  .requiredOption('--to <location>', 'postgres:// URL (or SQLite file) to copy into; must be empty')
  .action(async (opts: { from: string; to: string }) => {
    const { runMigrate } = await import('./commands/migrate.ts');
    if (!(await runMigrate(opts))) process.exitCode = 1;
  });

// Help that names what a command's modules define is filled in when that command is dispatched, so it costs
// nothing elsewhere (the fetch and scrape modules are loaded for their run anyway).
program.hook('preSubcommand', async (_program, command) => {
  if (command.name() === 'fetch') {
    const { SOURCES } = await import('./sources/kit/registry.ts');
    fetchKind.description += ` (${SOURCES.filter((s) => !s.needs.browser).map((s) => s.id).join(', ')})`;
  } else if (command.name() === 'scrape') {
    scrapeTimeout.default((await import('./commands/scrape-command.ts')).DEFAULT_SCRAPE_TIMEOUT_S);
  }
});

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof VigiaError ? error.message : `vigia: ${(error as Error).stack ?? String(error)}`);
  process.exit(error instanceof VigiaError ? 2 : 1);
});

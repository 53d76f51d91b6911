// SQLite schema, as numbered migrations applied once each, in order, inside a transaction.

export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'mentions, sources and tokens',
    sql: `
      CREATE TABLE mentions (
        id TEXT PRIMARY KEY,
        seq INTEGER NOT NULL UNIQUE,
        source TEXT NOT NULL,
        platform TEXT NOT NULL,
        author_handle TEXT,
        sort_at TEXT NOT NULL,
        published_at TEXT,
        collected_at TEXT NOT NULL,
        sentiment_label TEXT NOT NULL,
        moment TEXT,
        priority REAL NOT NULL,
        status TEXT NOT NULL,
        assignee TEXT,
        status_at TEXT NOT NULL,
        assignee_at TEXT NOT NULL,
        customer_id TEXT,
        search TEXT NOT NULL,
        doc TEXT NOT NULL
      );
      CREATE INDEX mentions_sort ON mentions (sort_at DESC, id DESC);
      CREATE INDEX mentions_platform ON mentions (platform, sort_at DESC);
      CREATE INDEX mentions_sentiment ON mentions (sentiment_label, sort_at DESC);
      CREATE INDEX mentions_status ON mentions (status, sort_at DESC);
      CREATE INDEX mentions_author ON mentions (author_handle);
      CREATE TABLE sources (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        url TEXT NOT NULL,
        etag TEXT,
        last_modified TEXT,
        last_run_at TEXT,
        last_success_at TEXT,
        next_run_at TEXT,
        items_seen INTEGER NOT NULL DEFAULT 0,
        items_new INTEGER NOT NULL DEFAULT 0,
        error_count INTEGER NOT NULL DEFAULT 0,
        last_error TEXT
      );
      CREATE TABLE tokens (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL,
        last_used_at TEXT
      );`,
  },
];

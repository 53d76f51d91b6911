// The PostgreSQL reference the store's COPY is compared with: the same mention, brand and aspect rows as the bare
// multi-row INSERT (ingest-rows.ts), sent with COPY … FROM STDIN in one transaction per batch through the same
// minimal COPY message the store uses (collector/store/postgres-copy.ts), with seqs written as they are.
import type pg from 'pg';
import { copyData, copyIn } from '../collector/store/postgres-copy.ts';
import type { bareRows } from './ingest-rows.ts';

type Rows = ReturnType<typeof bareRows>;

async function copyTable<Row extends object>(client: pg.ClientBase, table: string, rows: readonly Row[]): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]!) as (keyof Row & string)[];
  await copyIn(client, table, columns, copyData(rows, columns));
}

/** pg alone: COPY of each table in one transaction for the batch. */
export async function barePostgresCopy(client: pg.ClientBase, { rows, brands, aspects }: Rows): Promise<void> {
  await client.query('BEGIN');
  await copyTable(client, 'mentions', rows);
  await copyTable(client, 'mention_brands', brands);
  await copyTable(client, 'mention_aspects', aspects);
  await client.query('COMMIT');
}

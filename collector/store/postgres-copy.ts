// COPY … FROM STDIN through a pg client, without a streaming package: the rows of one batch are already in
// memory, so they go to the server as one CopyData message. COPY skips what a multi-row INSERT costs the
// server per statement (parsing and planning thousands of parameters) and the client per value (a Bind
// parameter each); its text format needs only backslashes, tabs and line breaks escaped.
import type pg from 'pg';

/** Text-format escapes: every other character, quotes included, goes as it is. */
const SPECIAL = /[\\\t\n\r]/;
const SPECIALS = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** One value as COPY's text format reads it (null is \N; numbers as JavaScript writes them). */
function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text = typeof value === 'string' ? value : String(value);
  return SPECIAL.test(text) ? text.replace(SPECIALS, (c) => ESCAPES[c]!) : text;
}

/** One row as a line of COPY text (without its line break): `columns` in order, tab-separated. */
export function copyLine<Row>(row: Row, columns: readonly (keyof Row)[]): string {
  let line = copyText(row[columns[0]!]);
  for (let c = 1; c < columns.length; c++) line += `\t${copyText(row[columns[c]!])}`;
  return line;
}

/** The COPY text of `rows`: one line per row. */
export function copyData<Row>(rows: readonly Row[], columns: readonly (keyof Row)[]): string {
  let data = '';
  for (const row of rows) data += `${copyLine(row, columns)}\n`;
  return data;
}

/** The protocol side of one COPY FROM STDIN (pg calls these as the server answers). */
class CopyIn {
  private error: Error | undefined;
  private rows = 0;

  constructor(
    private readonly text: string,
    private readonly data: Buffer,
    private readonly settle: (error: Error | undefined, rows: number) => void,
  ) {}

  submit(connection: { query(text: string): void }): void {
    connection.query(this.text);
  }

  handleCopyInResponse(connection: { sendCopyFromChunk(chunk: Buffer): void; endCopyFrom(): void }): void {
    if (this.data.length) connection.sendCopyFromChunk(this.data);
    connection.endCopyFrom();
  }

  handleCommandComplete(message: { text?: string }): void {
    this.rows = Number(/\d+$/.exec(message.text ?? '')?.[0] ?? 0);
  }

  handleError(error: Error): void {
    // The server still sends ReadyForQuery after an error; a lost connection does not.
    this.error ??= error;
    this.settle(error, 0);
  }

  handleReadyForQuery(): void {
    if (!this.error) this.settle(undefined, this.rows);
  }
}

/** Runs `COPY table (columns) FROM STDIN` with `data` (COPY text) on `client`; resolves with the rows the server took. */
export function copyIn(client: pg.ClientBase, table: string, columns: readonly string[], text: string): Promise<number> {
  const data = Buffer.from(text, 'utf8');
  return new Promise((resolve, reject) => {
    let settled = false;
    const copy = new CopyIn(`COPY ${table} (${columns.join(', ')}) FROM STDIN`, data, (error, count) => {
      if (settled) return;
      settled = true;
      if (error) reject(error);
      else resolve(count);
    });
    // pg runs any object with submit() as a query of its own, in turn with the client's other queries.
    void client.query(copy as unknown as pg.QueryConfig);
  });
}

// Exports for the import benchmark: a generic CSV of N touchpoints from N/4 customers (e-mail, some with a
// reddit handle), spread over a year, every channel and outcome; the same file for the same N on every run.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { seeded } from './seeded-random.ts';

const CHANNELS = ['email', 'phone', 'chat', 'store', 'web', 'ticket'];
const OUTCOMES = ['resolved', 'unresolved', 'pending', ''];
const SUMMARIES = ['Router keeps dropping the connection', 'Factura duplicada en noviembre', 'Asked about the new plan', 'Técnico no vino a la cita', 'Refund requested, "wrong size"', 'Thanks for the quick fix'];

/** Writes the CSV to `file` and resolves once it is on disk. */
export async function writeImportCsv(file: string, touchpoints: number): Promise<void> {
  const random = seeded(touchpoints);
  const out = createWriteStream(file);
  out.write('external_id,name,email,handle_reddit,channel,direction,at,summary,outcome\n');
  const customers = Math.max(1, Math.floor(touchpoints / 4));
  const start = Date.UTC(2025, 11, 1);
  for (let i = 0; i < touchpoints; i++) {
    const c = Math.floor(random() * customers);
    const at = new Date(start + Math.floor(random() * 365 * 86_400_000)).toISOString();
    const summary = SUMMARIES[i % SUMMARIES.length]!.replace(/"/g, '""');
    const line = `tp-${i},Customer ${c},customer${c}@example.com,${c % 3 === 0 ? `redditor${c}` : ''},${CHANNELS[i % CHANNELS.length]},${i % 3 ? 'inbound' : 'outbound'},${at},"${summary}",${OUTCOMES[i % OUTCOMES.length]}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

// `vigia export-corrections [--out FILE] [--with-names]`: the installation's sentiment corrections as JSON
// Lines (one labelled example per line: text, lang, label, what the scorer said, when), oldest first, for
// whoever wants to contribute them or train on them. Who corrected is left out unless asked for: the texts
// are public, the team's names are not.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { VigiaStore } from '../store/store.ts';

const PAGE = 500;

/** Writes every correction to `sink` and says how many there were. */
export async function exportCorrections(store: VigiaStore, sink: Writable, opts: { withNames?: boolean } = {}): Promise<number> {
  let count = 0;
  let after: { at: string; mentionId: string } | undefined;
  for (;;) {
    const page = await store.team.corrections({ after, limit: PAGE });
    for (const c of page) {
      const line = { text: c.text, lang: c.lang, label: c.label, from: c.from, at: c.at, mentionId: c.mentionId, ...(opts.withNames ? { correctedBy: c.correctedBy } : {}), ...(c.note ? { note: c.note } : {}) };
      if (!sink.write(`${JSON.stringify(line)}\n`)) await once(sink, 'drain');
      count++;
    }
    const last = page.at(-1);
    if (!last || page.length < PAGE) return count;
    after = { at: last.at, mentionId: last.mentionId };
  }
}

export async function runExportCorrections(store: VigiaStore, opts: { out?: string; withNames?: boolean }, log: (line: string) => void = (l) => console.error(l)): Promise<number> {
  if (!opts.out) return exportCorrections(store, process.stdout, opts);
  const file = createWriteStream(opts.out, { flags: 'wx' });
  await once(file, 'open');
  try {
    const count = await exportCorrections(store, file, opts);
    log(`Wrote ${count} correction${count === 1 ? '' : 's'} to ${opts.out} (JSON Lines: text, lang, label, from, at${opts.withNames ? ', correctedBy' : ''}).`);
    return count;
  } finally {
    file.end();
    await once(file, 'finish').catch(() => undefined);
  }
}

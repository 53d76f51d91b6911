// decode-export.ts's rules for a file read piece by piece, so an export of any size is never held whole:
// a first pass over the bytes decides the encoding (byte-order mark, valid UTF-8, else Windows-1252 unless
// control bytes say it is no text), the second decodes the file chunk by chunk with that encoding.
import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { decodeWindows1252, firstInvalidUtf8, type ExportEncoding } from './decode-export.ts';

export type ExportEncodingResult = { encoding: ExportEncoding; /** Set when the encoding was guessed. */ note?: string } | { error: string };

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * Bytes that read as control characters in Windows-1252 (tab, LF and CR are fine; five high bytes are
 * undefined), matched in the chunk read as Latin-1 (one character per byte): the regex engine scans a
 * megabyte far faster than a loop over its bytes.
 */
const CP1252_CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x81\x8d\x8f\x90\x9d]/;

/** Bytes a UTF-8 sequence starting with `lead` has (0 for a byte no sequence starts with). */
const sequenceLength = (lead: number) => (lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0);

/** The encoding of the export in `file`, read once from start to end in chunks (decode-export.ts's rules). */
export async function sniffExportEncoding(file: string): Promise<ExportEncodingResult> {
  let first = true;
  let carry: Uint8Array = new Uint8Array(0);
  let lines = 1;
  let invalid: { byte: number; line: number } | undefined;
  let control: number | undefined;
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    if (first) {
      first = false;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) return { encoding: 'utf-8' };
      if (chunk[0] === 0xff && chunk[1] === 0xfe) return { encoding: 'utf-16le' };
      if (chunk[0] === 0xfe && chunk[1] === 0xff) return { encoding: 'utf-16be' };
      const sample = chunk.subarray(0, 4096);
      if (sample.reduce((n, b) => n + (b === 0 ? 1 : 0), 0) > sample.length / 8) {
        return { error: 'the file looks like UTF-16 without a byte-order mark (or is not text): save it as UTF-8' };
      }
    }
    if (control === undefined) control = CP1252_CONTROL.exec(chunk.toString('latin1'))?.[0].charCodeAt(0);
    if (invalid) continue;
    const bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    // Node's check (native) first; the byte loop only finds where a chunk stops being UTF-8.
    const at = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
    // A sequence cut by the chunk's end is not invalid yet: it continues in the next chunk.
    const lead = at >= 0 ? bytes[at]! : 0;
    const cut = at >= 0 && at + sequenceLength(lead) > bytes.length && sequenceLength(lead) > 1 && bytes.subarray(at + 1).every((b) => (b & 0xc0) === 0x80);
    const done = at < 0 ? bytes.length : at;
    for (let i = bytes.indexOf(0x0a); i >= 0 && i < done; i = bytes.indexOf(0x0a, i + 1)) lines++;
    if (at >= 0 && !cut) invalid = { byte: bytes[at]!, line: lines };
    carry = cut ? bytes.subarray(at) : new Uint8Array(0);
  }
  // A sequence still cut at the end of the file is invalid where it starts.
  if (!invalid && carry.length) invalid = { byte: carry[0]!, line: lines };
  if (!invalid) return { encoding: 'utf-8' };
  const where = `byte ${hex(invalid.byte)} on line ${invalid.line}`;
  if (control !== undefined) {
    return { error: `the file is not UTF-8 (${where}) and not Windows-1252 / Latin-1 text either (control character U+${control.toString(16).toUpperCase().padStart(4, '0')}): save it as UTF-8` };
  }
  return { encoding: 'windows-1252', note: `the file is not UTF-8 (${where}): read as Windows-1252 (Latin-1, what Excel saves on Windows); save it as UTF-8 to be sure of every accent` };
}

/** The text of `file` in chunks, decoded with `encoding` (a byte-order mark is dropped). */
export async function* exportTextChunks(file: string, encoding: ExportEncoding): AsyncGenerator<string> {
  const decoder = encoding === 'windows-1252' ? undefined : new TextDecoder(encoding);
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    yield decoder ? decoder.decode(chunk, { stream: true }) : decodeWindows1252(chunk);
  }
  if (decoder) yield decoder.decode();
}

/** Lines of text chunks, with "\r\n" and a lone "\r" read as line ends as readCsvTable reads them. */
export async function* textLines(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let rest = '';
  let first = true;
  for await (let chunk of chunks) {
    if (first && chunk) {
      chunk = chunk.replace(/^\uFEFF/, '');
      first = false;
    }
    rest += chunk;
    // A "\r" at the end may be the first half of "\r\n": keep it for the next chunk.
    const end = rest.endsWith('\r') ? rest.length - 1 : rest.length;
    const lines = rest.slice(0, end).split(/\r\n?|\n/);
    rest = lines.pop()! + rest.slice(end);
    yield* lines;
  }
  if (rest) yield* rest.split(/\r\n?|\n/);
}

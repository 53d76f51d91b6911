// The bytes of an export as text. Spreadsheets on Windows save CSV in Windows-1252 (Latin-1 plus € and
// curly quotes) rather than UTF-8; read as UTF-8 its accented names become mojibake ("NÃºÃ±ez") without a
// word. So: a byte-order mark decides; valid UTF-8 is UTF-8; anything else is read as Windows-1252 and the
// caller is told so — or refused, naming the encoding, when it is not text in that encoding either.

export type ExportEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodedExport =
  | { text: string; encoding: ExportEncoding; /** Set when the encoding was guessed, to be shown to the operator. */ note?: string }
  | { error: string };

/** Control characters no text export holds (tab, line feed and carriage return are fine). */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (!length || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    // Overlong forms, surrogates and code points past U+10FFFF.
    const second = bytes[i + 1]!;
    if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f) || (b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
    i += length;
  }
  return -1;
}

/**
 * Windows-1252's 0x80–0x9F (the five it leaves undefined stay C1 controls, which the check below refuses);
 * every other byte is its Latin-1 code point. By
 * hand: Node's TextDecoder('windows-1252') decodes these bytes as Latin-1's C1 controls.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)));
  }
  return text;
}

const lineAt = (bytes: Uint8Array, offset: number) => bytes.subarray(0, offset).reduce((n, b) => n + (b === 0x0a ? 1 : 0), 1);
const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

export function decodeExport(bytes: Uint8Array): DecodedExport {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const sample = bytes.subarray(0, 4096);
  const zeros = sample.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
  if (zeros > sample.length / 8) return { error: 'the file looks like UTF-16 without a byte-order mark (or is not text): save it as UTF-8' };
  const invalid = firstInvalidUtf8(bytes);
  if (invalid < 0) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  const text = decodeWindows1252(bytes);
  const where = `byte ${hex(bytes[invalid]!)} on line ${lineAt(bytes, invalid)}`;
  const control = CONTROL.exec(text);
  if (control) {
    return { error: `the file is not UTF-8 (${where}) and not Windows-1252 / Latin-1 text either (control character U+${control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}): save it as UTF-8` };
  }
  return { text, encoding: 'windows-1252', note: `the file is not UTF-8 (${where}): read as Windows-1252 (Latin-1, what Excel saves on Windows); save it as UTF-8 to be sure of every accent` };
}

// Case- and accent-insensitive folding, so "Lumóra", "LUMORA" and "lumora" compare equal.

/** Below this code point a lowercased character folds on its own (into LATIN), and its accents are marks of
 * U+0300–U+036F that folding drops, so their canonical order never matters: no normalize() needed. */
const TABLE_END = 0x250;
/** The fold of each character below TABLE_END, as the NFD route below makes it (undefined where unchanged). */
const LATIN: readonly (string | undefined)[] = Array.from({ length: TABLE_END }, (_, code) => {
  const char = String.fromCharCode(code);
  const folded = foldSlowly(char);
  return code === 0 || folded === char ? undefined : folded;
});

/** Lowercase and strip combining accents; keeps ñ distinct from n (it is a different letter). */
export function foldText(text: string): string {
  // Plain ASCII (no NUL, which the ñ round trip below would turn into ñ) only needs lowercasing.
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) {
    const code = text.charCodeAt(i);
    ascii = code > 0 && code < 0x80;
  }
  if (ascii) return text.toLowerCase();
  const lower = text.toLowerCase();
  // Latin text (Spanish) folds character by character from the table: the same result as normalize()
  // and three replaces, without their four copies of the text.
  let out = '';
  let from = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 0x80 && code !== 0) continue;
    if (code >= TABLE_END || code === 0) return foldSlowly(text);
    const folded = LATIN[code];
    if (folded === undefined) continue;
    out += lower.slice(from, i) + folded;
    from = i + 1;
  }
  return from === 0 ? lower : out + lower.slice(from);
}

function foldSlowly(text: string): string {
  return text
    .toLowerCase()
    .replace(/ñ/g, '\u0000')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\u0000/g, 'ñ');
}

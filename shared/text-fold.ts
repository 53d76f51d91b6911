// Case- and accent-insensitive folding, so "Lumóra", "LUMORA" and "lumora" compare equal.

/** Lowercase and strip combining accents; keeps ñ distinct from n (it is a different letter). */
export function foldText(text: string): string {
  // Plain ASCII (no NUL, which the ñ round trip below would turn into ñ) only needs lowercasing.
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) {
    const code = text.charCodeAt(i);
    ascii = code > 0 && code < 0x80;
  }
  if (ascii) return text.toLowerCase();
  return text
    .toLowerCase()
    .replace(/ñ/g, '\u0000')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\u0000/g, 'ñ');
}

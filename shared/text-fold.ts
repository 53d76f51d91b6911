// Case- and accent-insensitive folding, so "Lumóra", "LUMORA" and "lumora" compare equal.

/** Lowercase and strip combining accents; keeps ñ distinct from n (it is a different letter). */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ñ/g, '\u0000')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\u0000/g, 'ñ');
}

// Author names as feeds write them: RSS <author> is an e-mail address, often with the name in brackets
// ("ana@example.org (Ana Ruiz)" or "Ana Ruiz (ana@example.org)"); only the name is an author's name.

const EMAIL = /^[^\s@()<>]+@[^\s@()<>]+$/;

/** The person's name in a feed's author text; undefined for a bare e-mail address or empty text. */
export function feedAuthorName(raw: string | undefined): string | undefined {
  const text = raw?.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const bracketed = /^(.*?)\s*\(([^()]*)\)$/.exec(text);
  if (bracketed) {
    const [, outside = '', inside = ''] = bracketed;
    if (EMAIL.test(outside.trim())) return inside.trim() || undefined;
    if (EMAIL.test(inside.trim())) return outside.trim() || undefined;
  }
  const angled = /^(.*?)\s*<([^<>]+)>$/.exec(text);
  if (angled && EMAIL.test(angled[2]!.trim())) return angled[1]!.trim() || undefined;
  return EMAIL.test(text) ? undefined : text;
}

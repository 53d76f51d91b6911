// The ways social sites word who posted what in their preview titles and descriptions, for any site name:
// "Name (@handle) on X", 'Name on Instagram: "text"', "Name (@handle) • Instagram photo",
// "TikTok video from Name (@handle): “text”", "298K likes - handle on May 29, 2021: "text"".
// Pure string parsing, English and Spanish wordings.

/** What one title or description line says, each part only when it says it. */
export interface Byline {
  /** The line is a byline (not the post's own words or a headline). */
  matched: boolean;
  name?: string;
  handle?: string;
  /** The post's words quoted in the line ('' stays absent). */
  text?: string;
  /** ISO date (a day, as the line gives no time). */
  date?: string;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const OPEN = '["“”„«]';
const CLOSE = '["”»]';

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};

/** "May 29, 2021" or "29 de mayo de 2021" → "2021-05-29T00:00:00.000Z" (a day: the line gives no time). */
export function dayFromWords(words: string): string | undefined {
  const en = /^([A-Za-z]+) (\d{1,2}), (\d{4})$/.exec(words.trim());
  const es = /^(\d{1,2}) de ([a-záéíóú]+)(?: de)? (\d{4})$/i.exec(words.trim());
  const [month, day, year] = en ? [en[1], en[2], en[3]] : es ? [es[2], es[1], es[3]] : [];
  const m = month ? MONTHS[month.toLowerCase()] : undefined;
  if (!m || !day || !year) return undefined;
  const date = new Date(Date.UTC(Number(year), m - 1, Number(day)));
  return date.getUTCDate() === Number(day) ? date.toISOString() : undefined;
}

const unquote = (text: string | undefined): string | undefined => {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
};

function result(parts: { name?: string | undefined; handle?: string | undefined; text?: string | undefined; date?: string | undefined }): Byline {
  const byline: Byline = { matched: true };
  if (parts.name?.trim()) byline.name = parts.name.trim();
  if (parts.handle) byline.handle = parts.handle;
  const text = unquote(parts.text);
  if (text) byline.text = text;
  if (parts.date) byline.date = parts.date;
  return byline;
}

/** A page title: who posted (and maybe what) on the site named `names`. */
export function titleByline(line: string, names: readonly string[]): Byline {
  const site = `(?:${names.map(escape).join('|')})`;
  // "Name (@handle) on X" / 'Name (@handle) on X: "text"'
  let m = new RegExp(`^(.+) \\(@([^)\\s]+)\\) on ${site}(?:: ${OPEN}([\\s\\S]*)${CLOSE})?$`, 'i').exec(line);
  if (m) return result({ name: m[1], handle: m[2], text: m[3] });
  // "Name (@handle)", "Name (@handle) • Instagram photo", "Name (@handle) | TikTok"
  m = new RegExp(`^(.+?) \\(@([^)\\s]+)\\)(?:\\s+[•·|\\-–]\\s+.*)?$`).exec(line);
  if (m) return result({ name: m[1], handle: m[2] });
  // 'Name on X: "text" / X', 'Name on Instagram: "text"' (the last " on <site>: “" ends the name)
  m = new RegExp(`^(.+) (?:on|en) ${site}: ${OPEN}([\\s\\S]*)${CLOSE}(?: / ${site})?$`, 'i').exec(line);
  if (m) return result({ name: m[1], text: m[2] });
  // "Name on LinkedIn: text… | 12 comments" (unquoted)
  m = new RegExp(`^(.+?) (?:on|en) ${site}: ([\\s\\S]+?)(?:\\s+\\|\\s+\\d[\\d.,]*\\s+\\w+)?$`, 'i').exec(line);
  if (m) return result({ name: m[1], text: m[2] });
  // "Name on TikTok", "Jaime Lorente on Instagram"
  m = new RegExp(`^(.+) (?:on|en) ${site}$`, 'i').exec(line);
  if (m) return result({ name: m[1] });
  return { matched: false };
}

/** A description: the site's counts and byline around the post's quoted words, or nothing of the kind. */
export function descriptionByline(line: string, names: readonly string[]): Byline {
  const site = `(?:${names.map(escape).join('|')})`;
  // "25.5K Likes, 146 Comments. TikTok video from Name (@handle): “text”."
  let m = new RegExp(`(?:^|[.\\s])${site} (?:video|photo|post|vídeo|foto) (?:from|de) (.+?) \\(@([^)\\s]+)\\)(?:: ${OPEN}([\\s\\S]*)${CLOSE}\\.?)?\\s*$`, 'i').exec(line);
  if (m) return result({ name: m[1], handle: m[2], text: m[3] });
  // '298K likes, 553 comments - handle on May 29, 2021: "text". ' (Spanish: "- handle el 29 de mayo de 2021")
  m = new RegExp(`(?:^|\\s)[-–] ([\\w.]+) (?:on|el) ([A-Za-z]+ \\d{1,2}, \\d{4}|\\d{1,2} de [a-záéíóú]+(?: de)? \\d{4})(?:: ${OPEN}([\\s\\S]*)${CLOSE}\\.?)?\\s*$`, 'i').exec(line);
  if (m) return result({ handle: m[1], date: m[2] ? dayFromWords(m[2]) : undefined, text: m[3] });
  // "Tesla shared a photo on Instagram: “text” • See 683 photos and videos on their profile."
  m = new RegExp(`^(.+?) (?:shared a (?:photo|video|post)|compartió una (?:foto|publicación|publicacion|vídeo)) (?:on|en) ${site}: ${OPEN}([\\s\\S]*?)${CLOSE}`, 'i').exec(line);
  if (m) return result({ name: m[1], text: m[2] });
  return { matched: false };
}

// Tags are free-form short labels ("billing", "outage-march", "vip"); normalised so that "Billing ",
// "billing" and "BILLING" are one tag, in English and Spanish alike ("facturación" keeps its accent).

/** Longest tag, in characters. */
export const TAG_MAX_CHARS = 40;
/** Most tags on one mention. */
export const TAGS_PER_MENTION = 20;

const TAG = /^[\p{L}\p{N}][\p{L}\p{N}_.:/+-]*$/u;

/** Raised for a tag that cannot be normalised (empty, too long, odd characters). */
export class TagError extends Error {
  override name = 'TagError';
}

/**
 * The tag as stored: trimmed, lowercased, inner spaces as "-"; letters (any script), digits and `_ . : / + -`.
 * Throws TagError naming what was wrong.
 */
export function normalizeTag(raw: string): string {
  const tag = raw.normalize('NFC').trim().replace(/^#/, '').toLocaleLowerCase().replace(/\s+/g, '-');
  if (tag === '') throw new TagError('a tag cannot be empty');
  if ([...tag].length > TAG_MAX_CHARS) throw new TagError(`a tag is at most ${TAG_MAX_CHARS} characters: "${tag.slice(0, TAG_MAX_CHARS)}…"`);
  if (!TAG.test(tag)) throw new TagError(`a tag is letters, digits and _ . : / + - (starting with a letter or digit): "${tag}"`);
  return tag;
}

/** Normalised, each once, in the order first given; more than TAGS_PER_MENTION is refused. */
export function normalizeTags(raw: readonly string[]): string[] {
  const tags = [...new Set(raw.map(normalizeTag))];
  if (tags.length > TAGS_PER_MENTION) throw new TagError(`a mention carries at most ${TAGS_PER_MENTION} tags (${tags.length} given)`);
  return tags;
}

/** `current` with `add` appended (when new) and `remove` taken out; all normalised. */
export function applyTagChange(current: readonly string[], change: { add?: readonly string[]; remove?: readonly string[] }): string[] {
  const removed = new Set((change.remove ?? []).map(normalizeTag));
  return normalizeTags([...current, ...(change.add ?? [])].filter((t) => !removed.has(normalizeTag(t))));
}

// A mention folded and split into words once, so many brand queries can match it without redoing the work.
import { normalizeHandle } from '../author-handle.ts';
import { toWordList, type WordList } from './words.ts';

/** What a brand query is matched against: the mention's title, text and metadata. */
export interface MatchTarget {
  text: string;
  title?: string;
  /** The author's handle, with or without "@". */
  authorHandle?: string;
  /** ISO 639-1 code, possibly with a region (es, es-MX). */
  lang?: string;
  platform?: string;
}

// A short field is scanned word by word; a word index pays off only after many look-ups on a long one.
const INDEX_AFTER_LOOKUPS = 16;
const INDEX_MIN_WORDS = 32;
const NONE: readonly number[] = [];

/** One searchable field: its words, with a word → positions index built only when it pays off. */
export class PreparedField {
  readonly list: WordList;
  private index: Map<string, number[]> | undefined;
  private lookups = 0;

  constructor(readonly field: 'title' | 'text', text: string) {
    this.list = toWordList(text);
  }

  /** Whether `word` (folded) occurs. */
  has(word: string): boolean {
    return this.index ? this.index.has(word) : this.positionsOf(word).length > 0;
  }

  /** Word indexes where `word` (folded) occurs, in order. */
  positionsOf(word: string): readonly number[] {
    if (!this.index && ++this.lookups > INDEX_AFTER_LOOKUPS && this.list.words.length >= INDEX_MIN_WORDS) this.buildIndex();
    if (this.index) return this.index.get(word) ?? NONE;
    const words = this.list.words;
    let first = words.indexOf(word);
    if (first < 0) return NONE;
    const out = [first];
    while ((first = words.indexOf(word, first + 1)) >= 0) out.push(first);
    return out;
  }

  private buildIndex(): void {
    const index = new Map<string, number[]>();
    this.list.words.forEach((word, i) => {
      const seen = index.get(word);
      if (seen) seen.push(i);
      else index.set(word, [i]);
    });
    this.index = index;
  }
}

/** A MatchTarget prepared for matching; build it with `prepareMatchTarget`. */
export class PreparedMatchTarget {
  /** Title first, then text; an absent or empty title is left out. */
  readonly fields: PreparedField[];
  readonly handle: string | undefined;
  readonly lang: string | undefined;
  readonly platform: string | undefined;
  private readonly source: Readonly<MatchTarget>;

  constructor(target: Readonly<MatchTarget>) {
    const { text, title, authorHandle, lang, platform } = target;
    this.source = { text, title, authorHandle, lang, platform };
    const body = new PreparedField('text', typeof text === 'string' ? text : '');
    this.fields = typeof title === 'string' && title !== '' ? [new PreparedField('title', title), body] : [body];
    this.handle = typeof authorHandle === 'string' ? normalizeHandle(authorHandle) : undefined;
    this.lang = typeof lang === 'string' ? lang.trim().toLowerCase() : undefined;
    this.platform = typeof platform === 'string' ? platform.trim().toLowerCase() : undefined;
  }

  /** Whether this was prepared from exactly these values (same strings compare by reference: cheap). */
  isFor(target: MatchTarget): boolean {
    const t = this.source;
    return t.text === target.text && t.title === target.title && t.authorHandle === target.authorHandle
      && t.lang === target.lang && t.platform === target.platform;
  }
}

// The pipeline matches one target against every brand in a row: remember the last one prepared.
let last: { target: MatchTarget; prepared: PreparedMatchTarget } | undefined;

/**
 * Folds and splits a target once. Matching a plain MatchTarget calls this itself and reuses the result
 * while the same object (with the same field values) is matched again, as when one mention meets every
 * brand query in turn; call it yourself to share the work in any other order.
 */
export function prepareMatchTarget(target: MatchTarget | PreparedMatchTarget): PreparedMatchTarget {
  if (target instanceof PreparedMatchTarget) return target;
  if (last?.target === target && last.prepared.isFor(target)) return last.prepared;
  const prepared = new PreparedMatchTarget(target);
  last = { target, prepared };
  return prepared;
}

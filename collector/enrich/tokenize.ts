// Splits short social text and reviews into the tokens the sentiment scorer reads: words (with
// contractions and accents kept whole), emoji, emoticons, clause punctuation, URLs and @handles.
import { foldText } from '../../shared/text-fold.ts';

/** What a token is; the scorer only weighs words, emoji and emoticons. */
export type TokenKind = 'word' | 'number' | 'emoji' | 'emoticon' | 'stop' | 'bang' | 'url' | 'handle';

/** One token of a text. */
export interface Token {
  kind: TokenKind;
  /** Lowercased, accents removed (ñ kept), letter runs of 3+ shortened to 2: the lookup key. */
  key: string;
  /** The text as written. */
  raw: string;
  /** Written in capitals (two letters or more), e.g. "HORRIBLE". */
  shouted: boolean;
  /** A letter repeated three times or more, e.g. "buenooo". */
  elongated: boolean;
}

// Order matters: URLs and handles before words, emoticons before punctuation.
const TOKEN_PATTERN = new RegExp(
  [
    String.raw`((?:https?:\/\/|www\.)[^\s<>"]+)`,
    String.raw`([@#][\p{L}\p{N}_]+)`,
    String.raw`((?<![\p{L}\p{N}])(?:[:;=8][\-o^']?[)(\]\[dDpP\/\\|*3]|<3+|[)(][\-']?[:;=]|[xX][dD]+(?![\p{L}])|\^\^|\^_\^|-_-|T_T)(?![\p{L}\p{N}]))`,
    String.raw`([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)`,
    String.raw`(\p{N}+(?:[.,\/]\p{N}+)?)`,
    String.raw`(\p{Extended_Pictographic}\uFE0F?(?:\u200D\p{Extended_Pictographic}\uFE0F?)*|[\u2661\u2665\u263a])`,
    String.raw`([!¡]+)`,
    String.raw`([.?¿;:,…\n]+|\s[-–—]\s)`,
  ].join('|'),
  'gu',
);

/** The kind each capture group of TOKEN_PATTERN stands for, in order. */
const GROUP_KINDS: readonly TokenKind[] = ['url', 'handle', 'emoticon', 'word', 'number', 'emoji', 'bang', 'stop'];
const ELONGATION = /(\p{L})\1{2,}/u;
const NON_ASCII = /[^\x00-\x7f]/;

/** Tokenize `text`; never throws, and caps the work at `maxChars` characters. */
export function tokenize(text: string, maxChars = 20_000): Token[] {
  const source = text.length > maxChars ? text.slice(0, maxChars) : text;
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = TOKEN_PATTERN.exec(source)) !== null) {
    let group = 1;
    while (group <= GROUP_KINDS.length && match[group] === undefined) group++;
    const kind = GROUP_KINDS[group - 1];
    if (kind) tokens.push(toToken(kind, match[0]));
  }
  return tokens;
}

/** Whether a character repeats three times in a row (or a surrogate pair is there, which only the pattern
 * reads right): most words have no such run and skip the regular expression. */
function mayBeElongated(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return true;
    if (i >= 2 && code === raw.charCodeAt(i - 1) && code === raw.charCodeAt(i - 2)) return true;
  }
  return false;
}

function toToken(kind: TokenKind, raw: string): Token {
  if (kind !== 'word') {
    const key = kind === 'emoji' ? raw.replace(/\uFE0F/g, '') : kind === 'stop' ? raw.trim() || raw : raw.toLowerCase();
    return { kind, key, raw, shouted: false, elongated: false };
  }
  const elongated = mayBeElongated(raw) && ELONGATION.test(raw);
  const lower = raw.toLowerCase();
  let key = NON_ASCII.test(lower) ? foldText(lower).replace(/’/g, "'") : lower;
  if (elongated) key = key.replace(/(\p{L})\1{2,}/gu, '$1$1');
  const shouted = raw.length >= 2 && raw !== lower && raw === raw.toUpperCase();
  return { kind, key, raw, shouted, elongated };
}

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
    String.raw`(?<url>(?:https?:\/\/|www\.)[^\s<>"]+)`,
    String.raw`(?<handle>[@#][\p{L}\p{N}_]+)`,
    String.raw`(?<emoticon>(?<![\p{L}\p{N}])(?:[:;=8][\-o^']?[)(\]\[dDpP\/\\|*3]|<3+|[)(][\-']?[:;=]|[xX][dD]+(?![\p{L}])|\^\^|\^_\^|-_-|T_T)(?![\p{L}\p{N}]))`,
    String.raw`(?<word>[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)`,
    String.raw`(?<number>\p{N}+(?:[.,\/]\p{N}+)?)`,
    String.raw`(?<emoji>\p{Extended_Pictographic}\uFE0F?(?:\u200D\p{Extended_Pictographic}\uFE0F?)*|[\u2661\u2665\u263a])`,
    String.raw`(?<bang>[!¡]+)`,
    String.raw`(?<stop>[.?¿;:,…\n]+|\s[-–—]\s)`,
  ].join('|'),
  'gu',
);

const ELONGATION = /(\p{L})\1{2,}/u;

/** Tokenize `text`; never throws, and caps the work at `maxChars` characters. */
export function tokenize(text: string, maxChars = 20_000): Token[] {
  const source = text.length > maxChars ? text.slice(0, maxChars) : text;
  const tokens: Token[] = [];
  for (const match of source.matchAll(TOKEN_PATTERN)) {
    const groups = match.groups ?? {};
    const kind = (Object.keys(groups) as TokenKind[]).find((name) => groups[name] !== undefined);
    if (!kind) continue;
    const raw = match[0];
    tokens.push(toToken(kind, raw));
  }
  return tokens;
}

function toToken(kind: TokenKind, raw: string): Token {
  if (kind !== 'word') {
    const key = kind === 'emoji' ? raw.replace(/\uFE0F/g, '') : kind === 'stop' ? raw.trim() || raw : raw.toLowerCase();
    return { kind, key, raw, shouted: false, elongated: false };
  }
  const elongated = ELONGATION.test(raw);
  let key = foldText(raw).replace(/’/g, "'");
  if (elongated) key = key.replace(/(\p{L})\1{2,}/gu, '$1$1');
  const shouted = raw.length >= 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
  return { kind, key, raw, shouted, elongated };
}

// Text a remote server chose (a status reason, an error body) quoted in our own messages: one line, no control
// or bidirectional-override characters that could rewrite an operator's terminal, and bounded in length.

/** The longest quote, in characters. @default 120 */
export const MAX_QUOTE_CHARS = 120;

// C0 and C1 controls (ESC starts terminal sequences), DEL, and the Unicode bidi overrides and isolates.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

/** `text` safe to print inside a one-line message: controls become spaces, runs of space one, cut with "…". */
export function quoteRemote(text: string, maxChars = MAX_QUOTE_CHARS): string {
  const clean = text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  const chars = [...clean];
  return chars.length > maxChars ? `${chars.slice(0, maxChars - 1).join('').trimEnd()}…` : clean;
}

// Repairs the few JSON slips that real JSON-LD blocks make, so one stray comment does not hide a page's reviews.

/**
 * The text with JavaScript and HTML comments removed, raw control characters inside strings escaped and trailing
 * commas dropped. Anything else stays as written, so truly broken JSON still fails to parse.
 */
export function relaxJson(text: string): string {
  const source = unwrap(text);
  let out = '';
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (inString) {
      if (ch === '\\') {
        out += ch + (source[i + 1] ?? '');
        i++;
      } else if (ch === '"') {
        inString = false;
        out += ch;
      } else if (ch.charCodeAt(0) < 0x20) {
        out += escapeControl(ch);
      } else {
        out += ch;
      }
      continue;
    }
    if (ch === '"') {
      inString = true;
      out += ch;
    } else if (ch === '/' && source[i + 1] === '/') {
      const end = source.indexOf('\n', i);
      i = end === -1 ? source.length : end - 1;
    } else if (ch === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end === -1 ? source.length : end + 1;
    } else if (ch === '<' && source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i + 4);
      i = end === -1 ? source.length : end + 2;
    } else if (ch === '}' || ch === ']') {
      out = dropTrailingComma(out) + ch;
    } else {
      out += ch;
    }
  }
  return out;
}

/** The JSON inside the HTML comment or CDATA section some CMSs wrap around a whole script. */
function unwrap(text: string): string {
  let inner = text.trim().replace(/^(?:\/\/\s*)?<!\[CDATA\[/, '').replace(/(?:\/\/\s*)?\]\]>$/, '').trim();
  if (inner.startsWith('<!--')) {
    const withoutEnd = inner.replace(/(?:\/\/\s*)?-->$/, '');
    if (withoutEnd !== inner && !withoutEnd.includes('-->')) inner = withoutEnd.slice(4);
  }
  return inner;
}

function dropTrailingComma(out: string): string {
  let j = out.length - 1;
  while (j >= 0 && /\s/.test(out[j]!)) j--;
  return out[j] === ',' ? out.slice(0, j) + out.slice(j + 1) : out;
}

function escapeControl(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

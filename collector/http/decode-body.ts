// Response bodies to text: the declared charset, a BOM or the XML declaration, and Windows-1252 for legacy feeds.

/**
 * Text of a response body, decoded by the charset in Content-Type, a BOM, or the XML declaration. A body
 * that declares nothing (or UTF-8) but is not valid UTF-8 is read as Windows-1252, the usual legacy charset
 * of Spanish and Portuguese feeds, so "Mañana" never turns into "Ma�ana".
 */
export function decodeBody(body: Uint8Array, contentType?: string): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  const head = new TextDecoder('latin1').decode(body.subarray(0, 200));
  const fromProlog = /^\s*<\?xml[^>]*encoding=["']([\w-]+)["']/i.exec(head)?.[1];
  const hasUtf8Bom = body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf;
  const label = (hasUtf8Bom ? 'utf-8' : (fromHeader ?? fromProlog))?.toLowerCase();
  // As in browsers (WHATWG Encoding), Latin-1 and ASCII labels mean Windows-1252: curly quotes and "€"
  // in such feeds are 0x80–0x9F bytes, which Node's own Latin-1 decoder would turn into control characters.
  const declared = label && /^(iso-?8859-1|iso_8859-1|latin-?1|l1|us-ascii|ascii|cp819|ibm819)$/.test(label) ? 'windows-1252' : label;
  if (declared && !/^utf-?8$/.test(declared)) {
    try {
      return declared === 'windows-1252' ? decodeWindows1252(body) : new TextDecoder(declared).decode(body);
    } catch {
      // an unknown label: read it as if nothing were declared
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    return decodeWindows1252(body);
  }
}

// Node 20's TextDecoder('windows-1252') leaves 0x80–0x9F as C1 control characters (nodejs/node#56542);
// these are the characters Windows-1252 puts there (the five unassigned bytes stay as they are).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(body: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(body).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

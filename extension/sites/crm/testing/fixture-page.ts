// Loads a saved CRM page from testdata/ into the test's document, as the content script would see it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// happy-dom gives modules an http import.meta.url, so locate files by directory name.
const TESTDATA = join(import.meta.dirname, '../testdata');

/** The fixture's HTML. */
export const readFixture = (name: string): string => readFileSync(join(TESTDATA, name), 'utf8');

/** Replaces the document with this HTML. */
export function loadHtml(html: string): Document {
  document.open();
  document.write(html);
  document.close();
  return document;
}

/** Replaces the document with a fixture from testdata/. */
export const loadFixture = (name: string): Document => loadHtml(readFixture(name));

// Loads a social fixture page from testdata/ into a Document, and shows read posts without their DOM nodes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PagePost } from '../social-site.ts';

export function loadSocialFixture(name: string): Document {
  const html = readFileSync(resolve(import.meta.dirname, '../testdata', name), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/** A post's fields as plain data, its anchor as "tag.class" and its position. */
export function plainPost(post: PagePost): Record<string, unknown> {
  const { element: _element, anchor, ...fields } = post;
  const cls = anchor.getAttribute('class')?.split(/\s+/)[0];
  return { ...fields, anchor: `${anchor.tagName.toLowerCase()}${cls ? `.${cls}` : ''}` };
}

// Every user-visible string goes through the dictionary: a word written straight into a component's
// markup (text between tags, or a title / aria-label / placeholder / alt attribute) is shown in English
// to Spanish users, so this fails on one. And a Spanish entry left equal to the English one is a string
// nobody translated (a short list of words that are the same in both languages is allowed).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { translate, type MessageKey } from './dictionary.ts';
import { firstHourEn } from './dictionary-first-hour.ts';

const EXTENSION = join(import.meta.dirname, '..');

function componentFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return componentFiles(path);
    return entry.name.endsWith('.tsx') && !entry.name.includes('.test.') ? [path] : [];
  });
}

/** Literal words in markup: `>Save<`, `title="Close"`; expressions (`{t('…')}`) and symbols are fine. */
function literalStrings(source: string): string[] {
  const found: string[] = [];
  for (const match of source.matchAll(/(?<!=)>([^<>{}]*\p{L}{2,}[^<>{}]*)</gu)) {
    const text = match[1]!.trim();
    // Type parameters and comparisons in code (`Record<A, B>`, `a > b && c < d`) are not markup.
    if (text && !/[=;()&|]/.test(text)) found.push(text);
  }
  for (const match of source.matchAll(/\b(title|aria-label|placeholder|alt)="([^"]*\p{L}{2,}[^"]*)"/gu)) {
    // An example address is the same in every language.
    if (!/^https?:\/\/\S+$/.test(match[2]!)) found.push(`${match[1]}="${match[2]}"`);
  }
  return found;
}

describe('user-visible strings', () => {
  it('are never written into a component: each goes through the dictionary', () => {
    const offenders = componentFiles(EXTENSION).flatMap((file) => literalStrings(readFileSync(file, 'utf8')).map((text) => `${relative(EXTENSION, file)}: ${text}`));
    expect(offenders).toEqual([]);
  });

  it('finds a literal when there is one (the check itself works)', () => {
    expect(literalStrings('<button type="button">Save</button><span title="Close">{t(\'x\')}</span>')).toEqual(['Save', 'title="Close"']);
    expect(literalStrings("const m: Record<string, number> = {}; if (a > b && c < d) {}")).toEqual([]);
  });

  it('have a Spanish translation that is not the English text left as it was', () => {
    const same = (Object.keys(firstHourEn) as MessageKey[]).filter((key) => translate('es', key) === translate('en', key));
    expect(same).toEqual([]);
  });
});

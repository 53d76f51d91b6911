// The content words of a mention, kept for negative mentions so "top negative terms" is one SQL count:
// folded words of three letters or more, without English and Spanish stopwords, brand names, URLs or handles.
import { createRequire } from 'node:module';
import type { Mention } from '../../shared/mention.ts';
import { foldText } from '../../shared/text-fold.ts';

const require = createRequire(import.meta.url);
const naturalList = (file: string) => (require(`natural/lib/natural/util/${file}`) as { words: string[] }).words;

/**
 * natural's lists are short (its Spanish one has 70 words); these add the inflections, auxiliaries and
 * filler that otherwise top every chart ("esta", "have", "just").
 */
const EXTRA = (
  'este esta esto estos estas ese esa esos esas aquel aquella ser soy eres es somos son era eran fue fueron sido siendo ' +
  'estar estoy estas esta estamos estan estaba estaban estado haber he has ha hemos han habia hay hubo tener tengo tiene ' +
  'tienen tenia hacer hago hace hacen hizo hecho ir voy va vamos van poder puedo puede pueden podia decir digo dice dijo ' +
  'ver veo vez veces cada todo toda todos todas nada algo alguien nadie mucho mucha muchos muchas otra otros otras mas ' +
  'menos tan tanto asi aqui alli ahi ahora hoy ayer luego despues antes siempre nunca solo sola aun todavia bien mal ' +
  'entre tras segun mientras pues entonces aunque sino cual cuales quien quienes cuanto cuantos cuya mis tus nuestro ' +
  'nuestra vuestro les nosotros vosotros ellos ellas usted ustedes eso esto via ' +
  'just really get gets getting got gone going goes went one two also even ever every much many thing things ' +
  'dont doesnt didnt cant wont isnt arent wasnt werent ive youre theyre thats theres its lets im amp via yet ' +
  'will shall may let put use used using today day days week time times back ' +
  // Counting words say how often, not what about.
  'dos tres cuatro cinco primer primera primero segunda segundo tercer tercera tercero ultima ultimo ' +
  'three four five first second third last'
).split(/\s+/);

/** English and Spanish stopwords, folded (accents removed) like the words they are compared with. */
export const STOPWORDS: ReadonlySet<string> = new Set(
  [...naturalList('stopwords.js'), ...naturalList('stopwords_es.js'), ...EXTRA].map((w) => foldText(w).replace(/['’]/g, '')),
);

/** At most this many distinct terms are kept per mention: long articles must not outweigh short posts. */
export const MAX_TERMS_PER_MENTION = 40;

const URLS_AND_HANDLES = /(?:https?:\/\/|www\.)\S+|[@#][\p{L}\p{N}_.]+/gu;

/** Distinct content terms of a mention's title and text, in order of first appearance. */
export function mentionTerms(mention: Pick<Mention, 'title' | 'text' | 'matches'>): string[] {
  const brandWords = new Set(
    mention.matches.flatMap((m) => [m.brand, ...m.terms]).flatMap((w) => foldText(w).match(/\p{L}+/gu) ?? []),
  );
  const text = foldText([mention.title, mention.text].filter(Boolean).join('\n')).replace(URLS_AND_HANDLES, ' ');
  const terms = new Set<string>();
  for (const raw of text.match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? []) {
    const word = raw.replace(/['’]/g, '');
    if (word.length < 3 || STOPWORDS.has(word) || brandWords.has(word)) continue;
    terms.add(word);
    if (terms.size === MAX_TERMS_PER_MENTION) break;
  }
  return [...terms];
}

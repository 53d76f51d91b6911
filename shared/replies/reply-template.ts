// Reply templates: a brand's canned answers in Spanish and English with placeholders ({author}, {link}…)
// filled from the mention. Filled text is plain text taken from untrusted posts, so every value is cut to a
// line of printable characters; a value the mention does not have is left out, never invented.
import { z } from 'zod';
import type { Mention } from '../mention.ts';
import { platformName } from '../platforms/lookup.ts';

/** The languages templates are written in. */
export const REPLY_LANGUAGES = ['es', 'en'] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

/**
 * What a template may say, each filled from the mention or the person replying:
 * `{author}` the display name (else @handle), `{name}` the display name, `{handle}` @handle, `{link}` the
 * post's URL, `{brand}` the brand it is about, `{platform}` where it was posted, `{agent}` who replies.
 */
export const REPLY_PLACEHOLDERS = ['author', 'name', 'handle', 'link', 'brand', 'platform', 'agent'] as const;
export type ReplyPlaceholder = (typeof REPLY_PLACEHOLDERS)[number];

/** The longest template, in characters: far above any platform's post limit, below abuse. */
export const MAX_TEMPLATE_CHARS = 2000;

const PLACEHOLDER = /\{([^{}\s]{0,40})\}/g;

/** Placeholders the text uses that are not in REPLY_PLACEHOLDERS, in order of appearance, each once. */
export function unknownPlaceholders(text: string): string[] {
  const unknown = new Set<string>();
  for (const [, name] of text.replace(/\{\{|\}\}/g, '').matchAll(PLACEHOLDER)) {
    if (!(REPLY_PLACEHOLDERS as readonly string[]).includes(name ?? '')) unknown.add(`{${name}}`);
  }
  return [...unknown];
}

/** Template text: not empty, bounded, and only known placeholders (an unknown one is named). */
export const templateTextSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_TEMPLATE_CHARS, `must be at most ${MAX_TEMPLATE_CHARS} characters`)
  .superRefine((text, ctx) => {
    const unknown = unknownPlaceholders(text);
    if (unknown.length) ctx.addIssue({ code: 'custom', message: `unknown placeholder${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (known: ${REPLY_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')})` });
  });

export const replyTemplateSchema = z.object({
  /** Stable id within its brand (lowercase letters, digits, "-", "_"): "sorry", "thanks". */
  id: z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'must be lowercase letters, digits, "-" or "_"'),
  lang: z.enum(REPLY_LANGUAGES),
  text: templateTextSchema,
});
export type ReplyTemplateInput = z.infer<typeof replyTemplateSchema>;

/** A template as offered to a person: from the config file (`brands[].replies`) or written in the extension's options. */
export interface ReplyTemplate extends ReplyTemplateInput {
  /** The brand it answers for. */
  brand: string;
  origin: 'config' | 'local';
}

/** What fills a template besides the mention. */
export interface ReplyContext {
  /** Who replies (the extension's "your name"); left out when unset. */
  agent?: string;
  /** Which of the mention's brands answers. @default the first it matched */
  brand?: string;
}

/** One line of printable text, at most `max` characters: what a post's author chose cannot break the reply. */
function oneLine(value: string | undefined, max = 80): string | undefined {
  // eslint-disable-next-line no-control-regex
  const text = value?.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]+/g, ' ').replace(/\s+/g, ' ').trim();
  return text ? [...text].slice(0, max).join('') : undefined;
}

/** The value of each placeholder for this mention (undefined: the mention does not say). */
export function placeholderValues(mention: Pick<Mention, 'author' | 'url' | 'matches' | 'platform'>, lang: ReplyLanguage, ctx: ReplyContext = {}): Record<ReplyPlaceholder, string | undefined> {
  const handle = oneLine(mention.author.handle?.replace(/^@/, ''), 120);
  const name = oneLine(mention.author.name);
  const link = mention.url && /^https?:\/\//i.test(mention.url) ? mention.url : undefined;
  return {
    author: name ?? (handle ? `@${handle}` : undefined),
    name,
    handle: handle ? `@${handle}` : undefined,
    link,
    brand: oneLine(ctx.brand ?? mention.matches[0]?.brand),
    platform: platformName(mention.platform, lang),
    agent: oneLine(ctx.agent),
  };
}

/**
 * The template with its placeholders filled. A placeholder without a value goes with the space before it
 * ("Hola {author}, …" → "Hola, …"); `{{` and `}}` write braces.
 */
export function fillReplyTemplate(template: Pick<ReplyTemplateInput, 'text' | 'lang'>, mention: Pick<Mention, 'author' | 'url' | 'matches' | 'platform'>, ctx: ReplyContext = {}): string {
  const values = placeholderValues(mention, template.lang, ctx);
  const filled = template.text.replace(/(\s*)\{\{|\}\}|(\s*)\{([a-z]+)\}/g, (whole, spaceBeforeBraces: string | undefined, space: string | undefined, name: string | undefined) => {
    if (whole.endsWith('{{')) return `${spaceBeforeBraces ?? ''}{`;
    if (whole === '}}') return '}';
    const value = values[name as ReplyPlaceholder];
    return value === undefined ? '' : `${space ?? ''}${value}`;
  });
  return filled.replace(/^[ \t]+/gm, '').trim();
}

/** The templates for a mention: its brands', in its language first (Spanish or English), else the UI's. */
export function templatesFor<T extends Pick<ReplyTemplate, 'brand' | 'lang'>>(templates: readonly T[], mention: Pick<Mention, 'lang' | 'matches'>, uiLanguage: ReplyLanguage): T[] {
  const brands = new Set(mention.matches.map((m) => m.brand));
  const preferred: ReplyLanguage = mention.lang === 'es' || mention.lang === 'en' ? mention.lang : uiLanguage;
  return templates.filter((t) => brands.has(t.brand)).sort((a, b) => Number(b.lang === preferred) - Number(a.lang === preferred));
}

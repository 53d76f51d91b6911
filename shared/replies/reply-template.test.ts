import { describe, expect, it } from 'vitest';
import type { Mention } from '../mention.ts';
import { fillReplyTemplate, replyTemplateSchema, templatesFor, unknownPlaceholders } from './reply-template.ts';

const post: Pick<Mention, 'author' | 'url' | 'matches' | 'platform'> = {
  author: { name: 'Marta Ruiz', handle: 'marta_rz' },
  url: 'https://mastodon.social/@marta_rz/111544891736153138',
  matches: [{ brand: 'Lumora', terms: ['lumora'] }],
  platform: 'mastodon',
};

describe('reply templates', () => {
  it('fills the author, the link, the brand, the platform and the agent', () => {
    const text = 'Hola {author} ({handle}), sentimos lo de {link}. {brand} en {platform} — {agent}';
    expect(fillReplyTemplate({ text, lang: 'es' }, post, { agent: 'Ana' })).toBe(
      'Hola Marta Ruiz (@marta_rz), sentimos lo de https://mastodon.social/@marta_rz/111544891736153138. Lumora en Mastodon — Ana',
    );
  });

  it('leaves out what the mention does not say, with the space before it, and never invents a name', () => {
    const anonymous = { ...post, author: {}, url: undefined };
    expect(fillReplyTemplate({ text: 'Hola {author}, escríbenos por privado. {link}', lang: 'es' }, anonymous)).toBe('Hola, escríbenos por privado.');
    expect(fillReplyTemplate({ text: 'Hi {author}, thanks', lang: 'en' }, { ...post, author: { handle: '@marta_rz' } })).toBe('Hi @marta_rz, thanks');
  });

  it('writes a name from the post as one plain line, and braces with {{ }}', () => {
    const hostile = { ...post, author: { name: 'Eve\n\u202eevil\u0007 {link}' } };
    expect(fillReplyTemplate({ text: 'Hi {name} {{not a placeholder}}', lang: 'en' }, hostile)).toBe('Hi Eve evil {link} {not a placeholder}');
    expect(fillReplyTemplate({ text: '{link}', lang: 'en' }, { ...post, url: 'javascript:alert(1)' })).toBe('');
  });

  it('names unknown placeholders, each once, and refuses them in a template', () => {
    expect(unknownPlaceholders('Hola {nombre}, {author} {nombre} {Link} {{ok}}')).toEqual(['{nombre}', '{Link}']);
    const parsed = replyTemplateSchema.safeParse({ id: 'sorry', lang: 'es', text: 'Hola {nombre}' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/^unknown placeholder \{nombre\} \(known: \{author\}, \{name\}/);
    expect(replyTemplateSchema.safeParse({ id: 'Sorry!', lang: 'fr', text: '' }).error?.issues.map((i) => i.path.join('.'))).toEqual(['id', 'lang', 'text']);
  });

  it('offers the brand\'s templates, in the mention\'s language first', () => {
    const templates = [
      { brand: 'Lumora', lang: 'en' as const, id: 'sorry' },
      { brand: 'Acme', lang: 'es' as const, id: 'sorry' },
      { brand: 'Lumora', lang: 'es' as const, id: 'sorry' },
    ];
    expect(templatesFor(templates, { lang: 'es', matches: post.matches }, 'en').map((t) => `${t.brand}/${t.lang}`)).toEqual(['Lumora/es', 'Lumora/en']);
    expect(templatesFor(templates, { lang: 'de', matches: post.matches }, 'en').map((t) => t.lang)).toEqual(['en', 'es']);
  });
});

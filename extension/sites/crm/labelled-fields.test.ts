import { describe, expect, it } from 'vitest';
import { labelledIdentifiers, normalizeLabel } from './labelled-fields.ts';
import { loadHtml } from './testing/fixture-page.ts';

const read = (body: string) => labelledIdentifiers(loadHtml(`<body>${body}</body>`).body);

describe('labelled fields', () => {
  it('reads an e-mail by its label in English or Spanish, whatever holds the value', () => {
    expect(read('<dl><dt>Email</dt><dd>marta@example.com</dd></dl>').emails).toEqual(['marta@example.com']);
    expect(read('<label for="m">Correo electrónico:</label><input id="m" value="Marta@Example.com">').emails).toEqual(['marta@example.com']);
    expect(read('<table><tr><th>E-mail address</th><td><a href="mailto:james.porter@example.co.uk">James</a></td></tr></table>').emails).toEqual(['james.porter@example.co.uk']);
    expect(read('<div class="f"><div class="l"><span>Dirección de correo</span></div><div class="v">marta@example.com</div></div>').emails).toEqual(['marta@example.com']);
    expect(read('<input aria-label="Email" value="marta@example.com">').emails).toEqual(['marta@example.com']);
  });

  it('reads social profiles as handles: a URL, an @name, a fediverse address', () => {
    expect(read('<dl><dt>Twitter username</dt><dd>@Marta_RZ</dd><dt>Perfil de LinkedIn</dt><dd><a href="https://www.linkedin.com/in/marta-ruiz-arq/">Marta</a></dd><dt>Mastodon</dt><dd>@marta_rz@mastodon.social</dd></dl>').handles).toEqual([
      { platform: 'x', handle: 'marta_rz' },
      { platform: 'linkedin', handle: 'marta-ruiz-arq' },
      { platform: 'mastodon', handle: 'marta_rz@mastodon.social' },
    ]);
    expect(read('<dl><dt>Twitter username</dt><dd>—</dd></dl>').handles).toEqual([]);
  });

  it('reads nothing from other fields, buttons, or the page chrome', () => {
    expect(read('<dl><dt>Contact owner</dt><dd>Rocío (rocio@lumora.example)</dd></dl>')).toEqual({ emails: [], handles: [] });
    expect(read('<div><button>Email</button><button>rocio@lumora.example</button></div>')).toEqual({ emails: [], handles: [] });
    expect(read('<header><span>Email</span><span>agent@lumora.example</span></header>')).toEqual({ emails: [], handles: [] });
    expect(read('<div class="avatar">X</div><div>Xavier Ruiz</div>')).toEqual({ emails: [], handles: [] });
  });

  it('compares labels without case, accents, colons or required stars', () => {
    expect(normalizeLabel(' Correo Electrónico *: ')).toBe('correo electronico');
  });
});

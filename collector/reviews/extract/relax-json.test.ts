import { describe, expect, it } from 'vitest';
import { relaxJson } from './relax-json.ts';

describe('relaxJson', () => {
  it('drops JavaScript and HTML comments but not comment-like text inside strings', () => {
    const text = `<!-- note -->\n{"a": "http://x/*y*/", // trailing\n /* block */ "b": 1}`;
    expect(JSON.parse(relaxJson(text))).toEqual({ a: 'http://x/*y*/', b: 1 });
  });

  it('escapes raw line breaks and tabs inside strings and drops trailing commas', () => {
    expect(JSON.parse(relaxJson('{"a": "line 1\nline\t2", "b": [1, 2,],}'))).toEqual({ a: 'line 1\nline\t2', b: [1, 2] });
  });

  it('unwraps a script wrapped whole in an HTML comment or CDATA', () => {
    expect(JSON.parse(relaxJson('<!--\n{"a": 1}\n//-->'))).toEqual({ a: 1 });
    expect(JSON.parse(relaxJson('//<![CDATA[\n{"a": 2}\n//]]>'))).toEqual({ a: 2 });
  });

  it('leaves truly broken JSON broken', () => {
    expect(() => JSON.parse(relaxJson('{"a": "cut off'))).toThrow();
    expect(() => JSON.parse(relaxJson("{'single': 1}"))).toThrow();
  });
});

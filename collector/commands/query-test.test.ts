import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLineTester, QueryTestError, runQueryTest } from './query-test.ts';

async function run(query: string, input: string, json = false): Promise<{ out: string; counts: Awaited<ReturnType<typeof runQueryTest>> }> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const counts = await runQueryTest(query, Readable.from([input]), output, { json });
  return { out: Buffer.concat(chunks).toString('utf8'), counts };
}

describe('vigia query test', () => {
  const kestrel = '(kestrel OR #kestrelair) -bird -birds -"asp net" -nginx';

  it('shows which lines match, with the words that matched in brackets, and which exclusion dropped the others', async () => {
    const lines = ['Kestrel lost my bag again', 'Watched a kestrel hunting over the field, a bird of prey', 'Kestrel behind nginx returns 502 after the upgrade', 'Nothing about it here', ''];
    const { out, counts } = await run(kestrel, lines.join('\n'));
    expect(out).toBe([
      '✓ 1  [Kestrel] lost my bag again', '     matched: kestrel',
      '✗ 2  Watched a kestrel hunting over the field, a [bird] of prey', '     excluded by -bird',
      '✗ 3  Kestrel behind [nginx] returns 502 after the upgrade', '     excluded by -nginx',
      '✗ 4  Nothing about it here', '     none of its terms',
      '1 of 4 lines match', '',
    ].join('\n'));
    expect(counts).toEqual({ lines: 4, matched: 1, errors: 0 });
  });

  it('reads JSON lines with a title, a language and a platform, and answers in JSON on request', async () => {
    const { out } = await run('kestrel lang:es', ['{"title":"Kestrel","text":"me cobraron dos veces","lang":"es"}', '{"text":"Kestrel lost my bag","lang":"en"}'].join('\n'), true);
    const [first, second] = out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(first).toMatchObject({ line: 1, match: true, terms: ['kestrel'], spans: [{ field: 'title', start: 0, end: 7, term: 'kestrel', text: 'Kestrel' }] });
    expect(second).toMatchObject({ line: 2, match: false, reason: 'a filter (lang:, platform:) does not hold', excludedBy: [] });
  });

  it('names a bad query with its position, and a bad line without stopping', async () => {
    expect(() => createLineTester('kestrel )')).toThrow(QueryTestError);
    expect(() => createLineTester('kestrel )')).toThrow('query: brand query: unexpected ")" at 8');
    const { out, counts } = await run('kestrel', '{"text": 3}\n{broken\nkestrel\n');
    expect(out.split('\n').slice(0, 2)).toEqual(['! 1  query: "text" must be a string', '! 2  query: invalid JSON (a line starting with "{" must be a JSON object)']);
    expect(counts).toEqual({ lines: 3, matched: 1, errors: 2 });
  });
});

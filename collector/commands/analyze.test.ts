import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { analyzeCommand, normalizeRating, runAnalyze } from './analyze.ts';

async function analyzeLines(input: string): Promise<{ results: Record<string, unknown>[]; lines: number; errors: number }> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const summary = await runAnalyze(Readable.from([input]), output);
  const results = Buffer.concat(chunks).toString('utf8').trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
  return { results, ...summary };
}

describe('runAnalyze (vigia analyze)', () => {
  it('echoes each JSON object with lang, sentiment, moment, stage and why', async () => {
    const { results, lines, errors } = await analyzeLines('{"text":"Nunca más compro aquí, me cambio a Telvia","id":"a1"}\n');
    expect({ lines, errors }).toEqual({ lines: 1, errors: 0 });
    expect(results[0]).toMatchObject({ id: 'a1', text: 'Nunca más compro aquí, me cambio a Telvia', lang: 'es', sentiment: { label: 'negative' }, moment: 'LZMOT' });
    expect(Array.isArray(results[0]!.why)).toBe(true);
  });

  it('prints urgency, priority and the reasons behind it, and reads kind, brand, reach and the customer history', async () => {
    const lines = [
      'Stranded at Lisbon airport with two kids, the desk is closed and there is no hotel',
      '{"text":"Switched to Kestrel from SkyVale last month. Cheaper, and on time every week.","brand":"Kestrel"}',
      '{"text":"Kestrel Air adds 12 new routes from Valencia, the airline said.","title":"New routes - Travel Daily","kind":"article","platform":"google-news"}',
      '{"text":"My flight is delayed again","badExperiences":2}',
    ];
    const { results } = await analyzeLines(`${lines.join('\n')}\n`);
    expect(results.map((r) => r.urgency)).toEqual(['now', 'none', 'none', 'now']);
    expect(results.map((r) => r.moment)).toEqual(['SMOT', expect.not.stringMatching('LZMOT'), undefined, 'LZMOT']);
    expect(results[0]!.priority).toBeGreaterThanOrEqual(80);
    expect((results[0]!.priorityWhy as { en: string }[])[0]!.en).toMatch(/^Needs a person now: a customer stranded/);
    expect(results[2]).not.toHaveProperty('stage');
    const { results: bad } = await analyzeLines('{"text":"x","kind":"tweet"}\n{"text":"x","badExperiences":-1}\n');
    expect(bad.map((r) => r.error)).toEqual(['analyze: "kind" must be one of review, post, comment, article', 'analyze: "badExperiences" must be a whole number, 0 or more']);
  });

  it('reads plain text lines and skips empty ones', async () => {
    const { results, lines } = await analyzeLines('I love this phone\n\nthe worst support ever\n[Update] it broke again\n');
    expect(lines).toBe(4);
    expect(results.map((r) => [r.text, (r.sentiment as { label?: string }).label])).toEqual([
      ['I love this phone', 'positive'],
      ['the worst support ever', 'negative'],
      ['[Update] it broke again', 'negative'],
    ]);
  });

  it('reads a rating above 1 as stars out of 5, and leaves an ambiguous 1 to the text', async () => {
    const lines = [
      '{"text":"It was okay I guess","rating":0.9}',
      '{"text":"It was okay I guess","rating":2}',
      '{"text":"Nunca más con Lumora, tercera vez que me dejan sin fibra","rating":1}',
      '{"text":"Arrived on time.","stars":1}',
    ];
    const { results } = await analyzeLines(`${lines.join('\n')}\n`);
    expect(results.map((r) => (r.sentiment as { label: string }).label)).toEqual(['positive', 'negative', 'negative', 'negative']);
  });

  it('answers a bad line with an error line and goes on', async () => {
    const { results, errors } = await analyzeLines('{"text": 3}\n{not json\n{"text":"fine","rating":"five"}\n["text"]\ngreat stuff\n');
    expect(errors).toBe(4);
    expect(results.slice(0, 4)).toEqual([
      { error: 'analyze: "text" must be a string', line: 1 },
      { error: 'analyze: invalid JSON (a line starting with "{" must be a JSON object)', line: 2 },
      { error: 'analyze: "rating" must be a number from 0 to 1, or stars from 1 to 5', line: 3 },
      { error: 'analyze: expected a JSON object', line: 4 },
    ]);
    expect(results[4]).toMatchObject({ text: 'great stuff', sentiment: { label: 'positive' } });
  });
});

describe('vigia analyze (exit status)', () => {
  async function command(input: string) {
    const [output, errors] = [new PassThrough(), new PassThrough()];
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    output.on('data', (chunk: Buffer) => out.push(chunk));
    errors.on('data', (chunk: Buffer) => err.push(chunk));
    const status = await analyzeCommand(Readable.from([input]), output, errors);
    return { status, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') };
  }

  it('is 1 after a bad line, whose error is a line of its own among the results', async () => {
    const result = await command('great stuff\n{"text": 3}\nawful service\n');
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toEqual({ error: 'analyze: "text" must be a string', line: 2 });
    expect(result.stderr).toBe('analyze: 1 of 3 lines could not be read (see their "error" lines)\n');
  });

  it('is 0 when every line was read', async () => {
    expect(await command('great stuff\n\n')).toMatchObject({ status: 0, stderr: '' });
  });
});

describe('normalizeRating', () => {
  it('keeps 0–1, maps 1–5 stars onto it, refuses the rest', () => {
    expect([normalizeRating(0.8), normalizeRating(5), normalizeRating(3), normalizeRating(undefined), normalizeRating(1), normalizeRating(undefined, 1)]).toEqual([0.8, 1, 0.5, undefined, undefined, 0]);
    expect(() => normalizeRating(undefined, 0)).toThrow('stars');
    expect(() => normalizeRating(7)).toThrow('rating');
    expect(() => normalizeRating(Number.NaN)).toThrow('rating');
  });
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeModel } from '../model-file.ts';

const TRAIN = fileURLToPath(new URL('./train.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'vigia-train-'));

function train(args: string[]): { status: number | null; out: string; err: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', TRAIN, ...args], {
    env: { ...process.env, VIGIA_TRAIN_DATA: join(dir, 'no-such-folder'), DOTENV_CONFIG_QUIET: 'true' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: run.status, out: run.stdout, err: run.stderr };
}

describe('npm run train', { timeout: 120_000 }, () => {
  it('says which training data is missing and exits non-zero', () => {
    const run = train(['--out', dir]);
    expect(run.status).toBe(1);
    expect(run.err).toMatch(/the training data is missing: 17 of 17 corpora not found/);
    expect(run.err).toContain('en_semeval.jsonl');
    expect(run.err).toMatch(/Set VIGIA_TRAIN_DATA/);
  });

  it('--terms commercial leaves out every corpus whose terms do not allow it, and names them', () => {
    const run = train(['--terms', 'commercial', '--lang', 'en', '--out', dir]);
    expect(run.status).toBe(1);
    expect(run.out).toMatch(/leaves out 17 of 17 corpora/);
    expect(run.out).toContain('en_airline.jsonl: CC BY-NC-SA 4.0');
    expect(run.err).toMatch(/nothing to train for en: no corpus fits --terms commercial and no en corrections were given/);
  });

  it('--terms commercial trains on your own corrections alone, and the file says so', () => {
    const kinds = [['slow', 'rude', 'broken'], ['tuesday', 'parcel', 'office'], ['quick', 'kind', 'perfect']];
    const labels = ['negative', 'neutral', 'positive'];
    const lines = Array.from({ length: 300 }, (_, i) => JSON.stringify({ text: `the courier was ${kinds[i % 3]![i % 7 % 3]} on visit ${i}`, lang: 'en', label: labels[i % 3] }));
    writeFileSync(join(dir, 'corrections.jsonl'), lines.join('\n'));
    const run = train(['--terms', 'commercial', '--lang', 'en', '--corrections', join(dir, 'corrections.jsonl'), '--out', dir]);
    expect(run.err).toBe('');
    expect(run.status).toBe(0);
    const { header } = decodeModel(readFileSync(join(dir, 'en.bin')));
    expect(header.trainedOn.map((c) => c.corpus)).toEqual(['corrections']);
    expect(header.commercialUse).toBe(true);
    expect(header.notice).toMatch(/Every source trained on allows commercial use/);
  });

  it('names a bad corrections line instead of training on a guess', () => {
    writeFileSync(join(dir, 'bad.jsonl'), `${JSON.stringify({ text: 'fine', lang: 'en', label: 'meh' })}\n`);
    const run = train(['--terms', 'commercial', '--lang', 'en', '--corrections', join(dir, 'bad.jsonl'), '--out', dir]);
    expect(run.status).toBe(1);
    expect(run.err).toMatch(/line 1: label must be negative, neutral or positive/);
  });
});

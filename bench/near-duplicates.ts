// Benchmark: near-duplicate grouping of 100 k synthetic mentions with planted reposts, against exact-hash baselines.
import { NearDuplicateIndex, nearDuplicateKey } from '../shared/near-duplicates/index.ts';
import { seeded } from './seeded-random.ts';

export const name = 'near-duplicates';


const STOP = 'the a of to and in is it for on my with this was not but el la de que y en los se del las un por con no una su para es'.split(' ');
/** Openings many different complaints share, so that wrong merges have a chance to happen. */
const OPENINGS = [
  'third bad experience with lumora', 'tercera vez que lumora me deja sin', 'my lumora router died again and',
  'el servicio de atención al cliente de lumora', 'do not buy from lumora because',
].map((o) => o.split(' '));
const SYLLABLES = ['lu', 'mo', 'ra', 'ta', 'ke', 'ri', 'pa', 'so', 'ne', 'vi', 'da', 'go', 'mé', 'ción', 'fi', 'bra', 'ño', 'ter'];

/** A synthetic mention; `group` is the original it reposts (its own index when it is an original). */
interface SyntheticMention {
  id: string;
  text: string;
  group: number;
}

function syntheticMentions(count: number, random: () => number): SyntheticMention[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const vocabulary = Array.from({ length: 6000 }, () =>
    Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join(''));
  const originals: Array<{ index: number; words: string[] }> = [];
  const out: SyntheticMention[] = [];
  for (let i = 0; i < count; i++) {
    if (originals.length > 0 && random() < 0.3) {
      // A repost of a recent original on another platform: decorations change, a word or two may too.
      const source = originals[Math.max(0, originals.length - 1 - Math.floor(random() * 500))] ?? originals[0]!;
      const words = [...source.words];
      if (random() < 0.4) words[Math.floor(random() * words.length)] = pick(vocabulary);
      let text = words.map((w) => (random() < 0.1 ? w.toUpperCase() : w)).join(random() < 0.5 ? ' ' : ', ');
      if (random() < 0.5) text += ` https://t.co/${Math.floor(random() * 1e9).toString(36)}`;
      if (random() < 0.3) text = `RT @user${Math.floor(random() * 1e4)}: ${text}`;
      if (random() < 0.3) text += ` #${pick(vocabulary)}`;
      out.push({ id: `m${i}`, text, group: source.index });
    } else {
      const opening = random() < 0.2 ? pick(OPENINGS) : [];
      const words = [...opening, ...Array.from({ length: 6 + Math.floor(random() * 30) }, () => (random() < 0.35 ? pick(STOP) : pick(vocabulary)))];
      originals.push({ index: i, words });
      out.push({ id: `m${i}`, text: `${words.join(' ')} https://example.org/p/${i}`, group: i });
    }
  }
  return out;
}

/** How well clusters recover the planted repost groups. */
function score(mentions: SyntheticMention[], clusterOf: (i: number) => string) {
  let reposts = 0;
  let recovered = 0;
  let wrongMerges = 0;
  const firstOfCluster = new Map<string, number>();
  mentions.forEach((m, i) => {
    const cluster = clusterOf(i);
    const first = firstOfCluster.get(cluster);
    if (first === undefined) firstOfCluster.set(cluster, i);
    else if (mentions[first]?.group !== m.group) wrongMerges++;
    if (m.group !== i) {
      reposts++;
      if (cluster === clusterOf(m.group)) recovered++;
    }
  });
  return { clusters: firstOfCluster.size, reposts, recall: recovered / reposts, wrongMerges };
}

const heap = () => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
};

/** Figures from one run; `lines` is what to print. */
export interface NearDuplicatesBenchResult {
  name: string;
  metrics: Record<string, number>;
  lines: string[];
}

export async function run(options: { mentions?: number } = {}): Promise<NearDuplicatesBenchResult> {
  const mentions = syntheticMentions(options.mentions ?? 100_000, seeded(7));
  const measure = <T>(work: () => T) => {
    const before = heap();
    const started = performance.now();
    const result = work();
    const seconds = (performance.now() - started) / 1000;
    return { result, seconds, megabytes: (heap() - before) / 1e6 };
  };

  const exact = measure(() => {
    const seen = new Map<string, string>();
    return { seen, clusters: mentions.map((m) => seen.get(m.text) ?? (seen.set(m.text, m.id), m.id)) };
  });
  const normalized = measure(() => {
    const seen = new Map<string, string>();
    return {
      seen,
      clusters: mentions.map((m) => {
        const key = nearDuplicateKey(m.text);
        return seen.get(key) ?? (seen.set(key, m.id), m.id);
      }),
    };
  });
  const near = measure(() => {
    const index = new NearDuplicateIndex();
    return { index, clusters: mentions.map((m) => index.add(m.id, m.text)) };
  });

  const rows = [
    ['exact text hash', exact, score(mentions, (i) => exact.result.clusters[i] ?? '')],
    ['normalised text hash', normalized, score(mentions, (i) => normalized.result.clusters[i] ?? '')],
    ['MinHash LSH index', near, score(mentions, (i) => near.result.clusters[i] ?? '')],
  ] as const;
  const metrics: Record<string, number> = { mentions: mentions.length, plantedReposts: rows[2][2].reposts };
  const lines = [`near-duplicates: ${mentions.length} synthetic mentions, ${rows[2][2].reposts} planted reposts`];
  for (const [label, run, s] of rows) {
    const key = label.replace(/[^a-z]+(.)/gi, (_, c: string) => c.toUpperCase()).replace(/^./, (c) => c.toLowerCase());
    Object.assign(metrics, {
      [`${key}Seconds`]: run.seconds, [`${key}MentionsPerSecond`]: Math.round(mentions.length / run.seconds),
      [`${key}Megabytes`]: run.megabytes, [`${key}Recall`]: s.recall, [`${key}WrongMerges`]: s.wrongMerges, [`${key}Clusters`]: s.clusters,
    });
    lines.push(`  ${label.padEnd(21)} ${run.seconds.toFixed(2)} s, ${Math.round(mentions.length / run.seconds).toLocaleString('en')} mentions/s, ` +
      `~${run.megabytes.toFixed(0)} MB, ${s.clusters} clusters, reposts found ${(s.recall * 100).toFixed(1)} %, wrong merges ${s.wrongMerges}`);
  }
  return { name, metrics, lines };
}

export default { name, run };

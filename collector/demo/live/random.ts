// Seeded randomness for the live demo: the same seed gives the same stream (tests, `vigia demo --seed`),
// a new start without one gives a new stream. Mulberry32: tiny, fast and good enough for picking words.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** One key of a table of weights, each chosen in proportion to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** True with probability p. */
  chance(p: number): boolean;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('random: pick from an empty list');
      return items[int(0, items.length - 1)]!;
    },
    weighted: (weights) => {
      const entries = Object.entries(weights) as [keyof typeof weights, number][];
      let roll = next() * entries.reduce((sum, [, w]) => sum + w, 0);
      for (const [key, weight] of entries) {
        roll -= weight;
        if (roll < 0) return key;
      }
      return entries[entries.length - 1]![0];
    },
    chance: (p) => next() < p,
  };
}

/** Fills `{slot}` placeholders from `slots`, each slot picked at random from its list (a slot may name others). */
export function fillTemplate(template: string, slots: Readonly<Record<string, readonly string[]>>, random: Random): string {
  let text = template;
  // Slot values may hold slots of their own; three rounds are plenty and stop a slot that names itself.
  for (let round = 0; round < 3 && /\{\w+\}/.test(text); round++) {
    text = text.replace(/\{(\w+)\}/g, (whole, name: string) => (slots[name] ? random.pick(slots[name]) : whole));
  }
  return text;
}

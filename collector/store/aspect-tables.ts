// The table of mentions' aspects (migration in aspect-migration.ts).

/** One aspect a mention names, with that aspect's own sentiment. */
export interface MentionAspectsTable {
  mention_id: string;
  aspect: string;
  /** negative, neutral or positive. */
  sentiment: string;
  /** 1 / the number of aspects the mention names. */
  weight: number;
}

export interface AspectTables {
  mention_aspects: MentionAspectsTable;
}

// The tables of noise control (migration noise-migration.ts), as Kysely types.

/** One mute rule: the config file's (origin "config") or a person's ("user"). */
export interface MutesTable {
  id: string;
  brand: string;
  /** author, source or phrase (a MuteKind). */
  kind: string;
  /** As written. */
  value: string;
  /** The value as compared (shared/mutes/mute-match.ts muteKeyOf): unique per brand, kind and origin. */
  mute_key: string;
  created_by: string;
  created_at: string;
  origin: string;
}

/** A brand-query exclusion a person accepted (`-"kestrel falcon"`), applied at ingest. */
export interface QueryExclusionsTable {
  id: string;
  brand: string;
  exclusion: string;
  created_by: string;
  created_at: string;
}

export interface NoiseTables {
  mutes: MutesTable;
  query_exclusions: QueryExclusionsTable;
}

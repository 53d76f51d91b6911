// What noise control and replies keep in the store: mute rules (the config's and people's), the query
// exclusions people accepted, the "not about us" marks, and replies posted through a platform's API. Every
// change to a mention (hidden, shown again, replied to) takes a change seq, so synced clients follow it.
import type { Mention } from '../../shared/mention.ts';
import type { MuteKind, MuteRule, QueryExclusion } from '../../shared/mutes/mute-rule.ts';
import type { PostedReply } from '../../shared/replies/posted-reply.ts';

/** A rule as asked for; the store gives it its id and time. */
export interface NewMute {
  brand: string;
  kind: MuteKind;
  value: string;
  /** Who makes it: a token's name. */
  by: string;
}

/** A rule of the config file's `brands[].mute`. */
export type ConfigMute = Pick<NewMute, 'brand' | 'kind' | 'value'>;

/** A mute added (or found already there) and how many stored mentions it hid. */
export interface MuteAdded {
  rule: MuteRule;
  /** False when an equal rule (same brand, kind and value as compared) already existed. */
  created: boolean;
  hidden: number;
}

/** What ingest applies to new mentions. */
export interface IngestRules {
  mutes: MuteRule[];
  exclusions: QueryExclusion[];
}

export interface NoiseStore {
  listMutes(): Promise<MuteRule[]>;
  /** Adds a rule and hides, in the same transaction, the stored mentions of its brand it matches. */
  addMute(mute: NewMute, at: string): Promise<MuteAdded>;
  /** Removes a rule and shows again what it hid (what another rule still matches stays hidden, by that rule). */
  removeMute(id: string, at: string): Promise<{ rule: MuteRule; shown: number } | undefined>;
  /** Makes the stored config rules these (ids "config:…"): new ones hide, gone ones show again. */
  syncConfigMutes(mutes: readonly ConfigMute[], at: string): Promise<{ added: number; removed: number }>;
  /** Hides a mention as not about `brand`; undefined when there is no such mention. */
  markNotAboutUs(mentionId: string, brand: string, by: string, at: string): Promise<Mention | undefined>;
  /** Takes "not about us" back: the mention shows again unless a mute rule matches it. */
  clearNotAboutUs(mentionId: string, at: string): Promise<Mention | undefined>;
  listExclusions(): Promise<QueryExclusion[]>;
  /** Adds an exclusion for a brand (an equal one is returned as is). */
  addExclusion(exclusion: Pick<QueryExclusion, 'brand' | 'exclusion' | 'by'>, at: string): Promise<QueryExclusion>;
  removeExclusion(id: string): Promise<boolean>;
  /** The mutes and exclusions ingest applies, in one read. */
  ingestRules(): Promise<IngestRules>;
  /**
   * Records a reply posted on the platform and marks the mention responded (field-wise last writer wins, as
   * triage edits; its first response is set if it had none). Undefined when there is no such mention.
   */
  recordReply(mentionId: string, reply: PostedReply): Promise<Mention | undefined>;
}

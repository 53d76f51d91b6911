// The extension's IndexedDB (Dexie): one schema, one singleton shared by background and extension pages.
import { Dexie, type EntityTable, type Table } from 'dexie';
import { CUSTOMERS_INDEXES, type CustomerRow } from './customers.ts';
import { IDENTITIES_INDEXES, type IdentityRow } from './identities.ts';
import { JOURNEYS_INDEXES, type JourneyRow } from './journeys.ts';
import { MENTIONS_INDEXES, MENTIONS_INDEXES_V3, type MentionRow } from './mentions.ts';
import { postKeyOf } from '../sites/social/post-key.ts';
import { SEEN_MENTIONS_INDEXES, type SeenMentionRow } from './seen-mentions.ts';
import { SYNC_STATE_INDEXES, type SyncStateRow } from './sync-state.ts';
import { TOUCHPOINTS_INDEXES, type TimelineRow } from './touchpoints.ts';
import { TRIAGE_QUEUE_INDEXES, type TriageEditRow } from './triage-queue.ts';
import { TEAM_MEMBERS_INDEXES, type TeamMemberRow } from './team-members.ts';
import { TEAM_QUEUE_INDEXES, type TeamEditRow } from './team-queue.ts';

export class VigiaDb extends Dexie {
  mentions!: EntityTable<MentionRow, 'id'>;
  syncState!: EntityTable<SyncStateRow, 'key'>;
  triageQueue!: EntityTable<TriageEditRow, 'seq'>;
  customers!: EntityTable<CustomerRow, 'id'>;
  identities!: EntityTable<IdentityRow, 'key'>;
  touchpoints!: Table<TimelineRow, [string, string]>;
  journeys!: Table<JourneyRow, [string, string]>;
  seenMentions!: EntityTable<SeenMentionRow, 'id'>;
  teamQueue!: EntityTable<TeamEditRow, 'seq'>;
  teamMembers!: EntityTable<TeamMemberRow, 'name'>;

  constructor(name = 'vigia') {
    super(name);
    // Keep every past version here with its upgrade when the schema changes.
    this.version(1).stores({
      mentions: MENTIONS_INDEXES,
      syncState: SYNC_STATE_INDEXES,
      triageQueue: TRIAGE_QUEUE_INDEXES,
    });
    // Version 2 (issue 9): the customer journey cache for the CRM overlay; version 1's tables unchanged.
    this.version(2).stores({
      customers: CUSTOMERS_INDEXES,
      identities: IDENTITIES_INDEXES,
      touchpoints: TOUCHPOINTS_INDEXES,
      journeys: JOURNEYS_INDEXES,
    });
    // Version 3 (issue 10): mentions indexed by post key, so badges find a collected post by its URL.
    this.version(3)
      .stores({ mentions: MENTIONS_INDEXES_V3 })
      .upgrade((tx) =>
        tx
          .table<MentionRow, string>('mentions')
          .toCollection()
          .modify((row) => {
            const key = postKeyOf(row.platform, row.mention.url);
            if (key) row.postKey = key;
          }),
      );
    // Version 4 (issue 21): which mentions the user has seen, for new-arrival highlights and the toolbar count.
    this.version(4).stores({ seenMentions: SEEN_MENTIONS_INDEXES });
    // Version 5 (issue 21): notes, tags and sentiment corrections queued offline, and the team for the pickers.
    this.version(5).stores({ teamQueue: TEAM_QUEUE_INDEXES, teamMembers: TEAM_MEMBERS_INDEXES });
  }
}

/** The one database instance of this JavaScript context. */
export const db = new VigiaDb();

// The collector's HTTP API as the extension uses it — the one client, every route of docs/api-contract.md
// it needs, every answer read through the contract's schemas in shared/api.
import { analyzeAnswerSchema, type Analysis } from '../../shared/api/analyze.ts';
import type { CustomerLookupQuery, CustomerRecord, IdentityLinkBody } from '../../shared/api/customers.ts';
import { healthAnswerSchema, type HealthAnswer } from '../../shared/api/health.ts';
import { customerJourneyViewSchema, customerLookupResultSchema, type CustomerJourneyView, type CustomerLookupResult } from '../../shared/api/journey-view.ts';
import { mentionAnswerSchema, mentionPageSchema, type TriageBody } from '../../shared/api/mentions.ts';
import { settingsAnswerSchema, type SettingsAnswer } from '../../shared/api/settings.ts';
import { sentimentStatsAnswerSchema, type SentimentStats } from '../../shared/api/stats.ts';
import { aspectStatsAnswerSchema, type AspectStatsAnswer, type AspectStatsParams } from '../../shared/api/aspects.ts';
import { shareOfVoiceAnswerSchema, type ShareOfVoice, type ShareOfVoiceParams } from '../../shared/api/share-of-voice.ts';
import { touchpointsAnswerSchema } from '../../shared/api/touchpoints.ts';
import { exclusionAnswerSchema, muteAddedAnswerSchema, muteRemovedAnswerSchema, noiseAnswerSchema, notAboutUsAnswerSchema, type ExclusionBody, type MuteBody } from '../../shared/api/noise.ts';
import { replySetupAnswerSchema } from '../../shared/api/replies.ts';
import { historyAnswerSchema, meAnswerSchema, usersAnswerSchema, type HistoryEntry, type MeAnswer, type NoteBody, type NoteEditBody, type SentimentBody, type TagsPatchBody, type User } from '../../shared/api/team.ts';
import { customerSchema, type Customer, type CustomerIdentity } from '../../shared/customer/customer.ts';
import { mentionSchema, type Mention } from '../../shared/mention.ts';
import { toAnalyzeBody, type AnalyzeInput } from './analysis.ts';
import { createCollectorHttp, type CollectorTarget } from './collector-http.ts';
import { CollectorResponseError } from './collector-errors.ts';
import { toStatsSearch, type StatsQuery } from './sentiment-stats.ts';
import { helpdesksAnswerSchema, ticketAnswerSchema, type HelpdesksAnswer, type TicketAnswer } from '../../shared/api/tickets.ts';
import { recoveryStatsAnswerSchema, type RecoveryStatsAnswer, type RecoveryStatsParams } from '../../shared/api/recovery.ts';
import type { ReportFormat } from '../../shared/api/journey-report.ts';

export type { CollectorTarget } from './collector-http.ts';

/** One page of `GET /api/mentions`; items that break the Mention schema are counted, not kept. */
export interface MentionPage {
  mentions: Mention[];
  rejected: number;
  next: string | null;
  cursor: string;
}

/** Body of `PATCH /api/mentions/:id/triage`. */
export type TriagePatch = TriageBody;

export type CollectorClient = ReturnType<typeof createCollectorClient>;

const customerPath = (id: string) => `/api/customers/${encodeURIComponent(id)}`;

export function createCollectorClient(target: CollectorTarget, fetchImpl?: typeof fetch) {
  const { send, read } = createCollectorHttp(target, fetchImpl);

  return {
    /** `GET /api/health`; the token is sent, so a valid one also learns the mention count. */
    health: (): Promise<HealthAnswer> => read('/api/health', healthAnswerSchema),

    /** The change feed after `since` (`0` = from the beginning), oldest change first. */
    async changes(since: string, limit: number, signal?: AbortSignal): Promise<MentionPage> {
      const query = new URLSearchParams({ since, limit: String(limit) });
      const page = await read(`/api/mentions?${query}`, mentionPageSchema, signal ? { signal } : {});
      const mentions: Mention[] = [];
      for (const item of page.items) {
        const parsed = mentionSchema.safeParse(item);
        if (parsed.success) mentions.push(parsed.data);
      }
      return { mentions, rejected: page.items.length - mentions.length, next: page.next, cursor: page.cursor };
    },

    /** Newest mentions first; used to prove the token works. */
    recent: (limit: number) => read(`/api/mentions?${new URLSearchParams({ limit: String(limit) })}`, mentionPageSchema),

    getMention: (id: string): Promise<Mention> => read(`/api/mentions/${encodeURIComponent(id)}`, mentionAnswerSchema),

    patchTriage: (id: string, patch: TriagePatch): Promise<Mention> =>
      read(`/api/mentions/${encodeURIComponent(id)}/triage`, mentionAnswerSchema, { method: 'PATCH', json: patch }),

    /** Scores texts without storing them (POST /api/analyze); one result per input, in order. */
    async analyze(inputs: AnalyzeInput[]): Promise<Analysis[]> {
      const { results } = await read('/api/analyze', analyzeAnswerSchema, { method: 'POST', json: toAnalyzeBody(inputs) });
      if (results.length !== inputs.length) throw new CollectorResponseError(`collector: /api/analyze answered ${results.length} results for ${inputs.length} texts`);
      return results;
    },

    /** The ZMOT dashboard's figures (GET /api/stats/sentiment). */
    sentimentStats: (query: StatsQuery): Promise<SentimentStats> => read(`/api/stats/sentiment?${toStatsSearch(query)}`, sentimentStatsAnswerSchema),

    /** The key drivers: per aspect, against the previous period of equal length (GET /api/stats/aspects). */
    aspectStats: (query: AspectStatsParams): Promise<AspectStatsAnswer> =>
      read(`/api/stats/aspects?${new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''))}`, aspectStatsAnswerSchema),
    /** Each brand's share of voice and net sentiment over time, competitors beside ours (GET /api/stats/share-of-voice). */
    shareOfVoice: (query: ShareOfVoiceParams): Promise<ShareOfVoice> =>
      read(`/api/stats/share-of-voice?${new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined) as [string, string][])}`, shareOfVoiceAnswerSchema),

    /** What the config says about showing mentions: the response clock and its business hours (GET /api/settings). */
    settings: (): Promise<SettingsAnswer> => read('/api/settings', settingsAnswerSchema),

    /** Opens the SSE stream; `lastEventId` makes the collector replay what came after it first. */
    async openStream(lastEventId: string | undefined, signal: AbortSignal): Promise<ReadableStream<Uint8Array>> {
      const headers: Record<string, string> = { Accept: 'text/event-stream' };
      if (lastEventId !== undefined) headers['Last-Event-ID'] = lastEventId;
      const response = await send('/api/stream', { headers, signal });
      if (!response.body) throw new CollectorResponseError('collector: /api/stream has no body');
      return response.body;
    },

    /** `GET /api/customers/lookup`: the customer (or null) and candidate public authors. */
    lookupCustomer(query: CustomerLookupQuery): Promise<CustomerLookupResult> {
      const params = new URLSearchParams(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
      return read(`/api/customers/lookup?${params}`, customerLookupResultSchema);
    },

    /** `GET /api/customers/:id/journey`; a 404 (customer erased) throws CollectorHttpError with status 404. */
    customerJourney: (id: string): Promise<CustomerJourneyView> => read(`${customerPath(id)}/journey`, customerJourneyViewSchema),

    /** `POST /api/customers/:id/links`: the updated customer. */
    linkIdentity: (id: string, link: IdentityLinkBody): Promise<Customer> => read(`${customerPath(id)}/links`, customerSchema, { method: 'POST', json: link }),

    /** `GET /api/mutes`: mute rules, accepted exclusions and exclusion suggestions. */
    listNoise: () => read('/api/mutes', noiseAnswerSchema),
    /** `POST /api/mutes`: the rule, and how many stored mentions it hid. */
    addMute: (body: MuteBody) => read('/api/mutes', muteAddedAnswerSchema, { method: 'POST', json: body }),
    removeMute: (id: string) => read(`/api/mutes/${encodeURIComponent(id)}`, muteRemovedAnswerSchema, { method: 'DELETE' }),
    notAboutUs: (id: string, brand?: string) => read(`/api/mentions/${encodeURIComponent(id)}/not-about-us`, notAboutUsAnswerSchema, { method: 'POST', json: brand ? { brand } : {} }),
    clearNotAboutUs: (id: string) => read(`/api/mentions/${encodeURIComponent(id)}/not-about-us`, mentionAnswerSchema, { method: 'DELETE' }),
    acceptExclusion: (body: ExclusionBody) => read('/api/exclusions', exclusionAnswerSchema, { method: 'POST', json: body }),
    /** `GET /api/replies/setup`: the config's reply templates and where the collector can post. */
    replySetup: () => read('/api/replies/setup', replySetupAnswerSchema),
    /** `POST /api/mentions/:id/reply`: posts through Mastodon's or Bluesky's API; the mention, responded. */
    postReply: (id: string, text: string) => read(`/api/mentions/${encodeURIComponent(id)}/reply`, mentionAnswerSchema, { method: 'POST', json: { text } }),

    /** `POST /api/touchpoints` with one customer record: creates or enriches the customer. */
    async importCustomer(identity: CustomerIdentity): Promise<void> {
      // Sent as the page gave it: the collector validates records and says which field was wrong.
      const record: CustomerRecord = { type: 'customer', names: identity.names, emails: identity.emails, handles: identity.handles, crmIds: identity.crmIds };
      const answer = await read('/api/touchpoints', touchpointsAnswerSchema, { method: 'POST', json: record });
      const refused = answer.errors[0];
      if (refused) throw new CollectorResponseError(`collector: the customer record was refused: ${refused.reason}`);
    },

    /** `GET /api/users`: the team, by name. */
    users: async (): Promise<User[]> => (await read('/api/users', usersAnswerSchema)).users,
    /** `GET /api/users/me`: whom this token stands for. */
    me: (): Promise<MeAnswer> => read('/api/users/me', meAnswerSchema),
    addNote: (id: string, body: NoteBody): Promise<Mention> => read(`/api/mentions/${encodeURIComponent(id)}/notes`, mentionAnswerSchema, { method: 'POST', json: body }),
    editNote: (id: string, noteId: string, body: NoteEditBody): Promise<Mention> =>
      read(`/api/mentions/${encodeURIComponent(id)}/notes/${encodeURIComponent(noteId)}`, mentionAnswerSchema, { method: 'PATCH', json: body }),
    deleteNote: (id: string, noteId: string): Promise<Mention> => read(`/api/mentions/${encodeURIComponent(id)}/notes/${encodeURIComponent(noteId)}`, mentionAnswerSchema, { method: 'DELETE' }),
    changeTags: (id: string, body: TagsPatchBody): Promise<Mention> => read(`/api/mentions/${encodeURIComponent(id)}/tags`, mentionAnswerSchema, { method: 'PATCH', json: body }),
    correctSentiment: (id: string, body: SentimentBody): Promise<Mention> => read(`/api/mentions/${encodeURIComponent(id)}/sentiment`, mentionAnswerSchema, { method: 'PATCH', json: body }),
    /** `GET /api/mentions/:id/history`: the audit trail, oldest first. */
    history: async (id: string): Promise<HistoryEntry[]> => (await read(`/api/mentions/${encodeURIComponent(id)}/history`, historyAnswerSchema)).items,

    /** `GET /api/helpdesks`: where tickets can be opened (never a credential). */
    helpdesks: async (): Promise<HelpdesksAnswer['items']> => (await read('/api/helpdesks', helpdesksAnswerSchema)).items,
    /** `POST /api/mentions/:id/ticket`: opens (or finds) the mention's ticket; created, queued for a retry, or refused. */
    createTicket: (id: string, helpdesk?: string): Promise<TicketAnswer> =>
      read(`/api/mentions/${encodeURIComponent(id)}/ticket`, ticketAnswerSchema, { method: 'POST', json: helpdesk ? { helpdesk } : {} }),
    /** `GET /api/mentions/:id/ticket`: where the mention's ticket stands (404 when none was asked for). */
    ticketOf: (id: string): Promise<TicketAnswer> => read(`/api/mentions/${encodeURIComponent(id)}/ticket`, ticketAnswerSchema),
    /** `GET /api/stats/recovery`: recovery rate and median time to recover per brand and period. */
    recoveryStats(params: RecoveryStatsParams = {}): Promise<RecoveryStatsAnswer> {
      const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''));
      return read(`/api/stats/recovery?${query}`, recoveryStatsAnswerSchema);
    },
    /** `GET /api/customers/:id/report`: the journey report's bytes and media type (HTML or PDF). */
    async customerReport(id: string, format: ReportFormat, lang: 'en' | 'es'): Promise<{ bytes: Uint8Array; type: string }> {
      const response = await send(`${customerPath(id)}/report?${new URLSearchParams({ format, lang })}`);
      return { bytes: new Uint8Array(await response.arrayBuffer()), type: response.headers.get('content-type') ?? (format === 'pdf' ? 'application/pdf' : 'text/html') };
    },
  };
}

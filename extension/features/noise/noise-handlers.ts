// The background's answers for noise control and replies: each calls the collector with the saved settings,
// and mirrors what it changed into this browser's store at once (hidden, shown again, replied to).
import type { Mention } from '../../../shared/mention.ts';
import { db } from '../../db/vigia-db.ts';
import type { MessageHandlers } from '../../messages.ts';
import { isConfigured, settingsItem, type VigiaSettings } from '../../settings/settings.ts';
import { createCollectorClient, type CollectorClient } from '../../sync/collector-client.ts';
import { hideLocally, putLocally, showLocally } from './local-noise.ts';
import { actionResult, type ActionResult } from './noise-result.ts';

type NoiseHandlerNames = 'noise:list' | 'noise:mute' | 'noise:unmute' | 'noise:not-about-us' | 'noise:shown-again' | 'noise:accept' | 'reply:setup' | 'reply:post';

export interface NoiseHandlerOptions {
  loadSettings?: () => Promise<VigiaSettings>;
  fetchImpl?: typeof fetch;
}

/** The author of a stored mention as a mute value: "@handle", else the display name. */
export const authorValueOf = (m: Mention): string | undefined => (m.author.handle ? `@${m.author.handle.replace(/^@/, '')}` : m.author.name);

export function createNoiseHandlers(options: NoiseHandlerOptions = {}): Pick<MessageHandlers, NoiseHandlerNames> {
  const { loadSettings = () => settingsItem.getValue(), fetchImpl } = options;
  const withClient = async <T>(run: (client: CollectorClient) => Promise<T>): Promise<ActionResult<T>> => {
    const settings = await loadSettings();
    if (!isConfigured(settings)) return { ok: false, detail: 'the collector is not configured (options page)', notConfigured: true };
    return actionResult(() => run(createCollectorClient(settings, fetchImpl)));
  };
  const stored = async (id: string): Promise<Mention> => {
    const row = await db.mentions.get(id);
    if (!row) throw new Error(`mention ${id} is not in this browser`);
    return row.mention;
  };

  return {
    'noise:list': () => withClient((c) => c.listNoise()),
    'noise:mute': async (request) =>
      withClient(async (c) => {
        let { brand, value } = request;
        if (request.mentionId) {
          const m = await stored(request.mentionId);
          brand ??= m.matches[0]?.brand;
          value ??= request.kind === 'author' ? authorValueOf(m) : request.kind === 'source' ? m.source : undefined;
        }
        if (!brand || !value) throw new Error('nothing to mute: no brand or no value');
        const added = await c.addMute({ brand, kind: request.kind, value });
        await hideLocally(added.rule);
        return added;
      }),
    'noise:unmute': ({ id }) =>
      withClient(async (c) => {
        const removed = await c.removeMute(id);
        await showLocally(id);
        return removed;
      }),
    'noise:not-about-us': ({ mentionId, brand }) =>
      withClient(async (c) => {
        const answer = await c.notAboutUs(mentionId, brand);
        await putLocally(answer.mention);
        return answer;
      }),
    'noise:shown-again': ({ mentionId }) =>
      withClient(async (c) => {
        const mention = await c.clearNotAboutUs(mentionId);
        await putLocally(mention);
        return mention;
      }),
    'noise:accept': (body) => withClient((c) => c.acceptExclusion(body)),
    'reply:setup': () => withClient((c) => c.replySetup()),
    'reply:post': ({ mentionId, text }) =>
      withClient(async (c) => {
        const mention = await c.postReply(mentionId, text);
        await putLocally(mention);
        return mention;
      }),
  };
}

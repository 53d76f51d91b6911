// `brands[].mute` in the config: authors, sources and phrases a brand never wants to see, each checked
// when the config loads, and read as the mute rules the store keeps for the file (ids "config:…").
import { z } from 'zod';
import { muteValueProblem } from '../../shared/mutes/mute-match.ts';
import type { MuteKind } from '../../shared/mutes/mute-rule.ts';
import type { ConfigMute } from './noise-store.ts';

const values = (kind: MuteKind) =>
  z.array(z.string().superRefine((value, ctx) => {
    const problem = muteValueProblem(kind, value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }));

export const brandMuteConfigSchema = z.object({
  /** Handles ("@spam_bot", "user@instance") or display names. */
  authors: values('author').default([]),
  /** Source ids from `sources[]`, or web hosts ("clickbait.example"). */
  sources: values('source').default([]),
  /** Words in a row, matched whole, any case and accents ("sorteo exprés"). */
  phrases: values('phrase').default([]),
});

/** The config's mute rules, brand by brand. */
export function configMutesOf(brands: readonly { name: string; mute?: z.infer<typeof brandMuteConfigSchema> }[]): ConfigMute[] {
  return brands.flatMap(({ name, mute }) => [
    ...(mute?.authors ?? []).map((value) => ({ brand: name, kind: 'author' as const, value })),
    ...(mute?.sources ?? []).map((value) => ({ brand: name, kind: 'source' as const, value })),
    ...(mute?.phrases ?? []).map((value) => ({ brand: name, kind: 'phrase' as const, value })),
  ]);
}

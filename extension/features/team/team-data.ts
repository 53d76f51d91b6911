// Live team data for one mention from Dexie (the mention, its queued edits, the team), and the sending of
// edits through the background with the outcome in words (saved, waiting, refused with 401/403/409 named).
import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { MentionRow } from '../../db/mentions.ts';
import type { TeamMemberRow } from '../../db/team-members.ts';
import type { TeamEditBody, TeamEditRow } from '../../db/team-queue.ts';
import { db } from '../../db/vigia-db.ts';
import type { Translator } from '../../i18n/dictionary.ts';
import { sendToBackground, type TeamEditOutcome } from '../../messages.ts';

export interface TeamData {
  row?: MentionRow;
  queued: TeamEditRow[];
  members: TeamMemberRow[];
}

async function readTeamData(mentionId: string | undefined): Promise<TeamData> {
  const members = await db.teamMembers.orderBy('name').toArray();
  if (!mentionId) return { queued: [], members };
  const [row, queued] = await Promise.all([db.mentions.get(mentionId), db.teamQueue.where('mentionId').equals(mentionId).toArray()]);
  return { ...(row ? { row } : {}), queued, members };
}

/** Re-read whenever the mentions, the queue or the team change, in any extension context. */
export function useTeamData(mentionId: string | undefined): TeamData {
  const [data, setData] = useState<TeamData>({ queued: [], members: [] });
  useEffect(() => {
    const subscription = liveQuery(() => readTeamData(mentionId)).subscribe({ next: setData, error: () => undefined });
    return () => subscription.unsubscribe();
  }, [mentionId]);
  return data;
}

/** "collector: 409 on /api/… (why)" → "why": the collector's own reason, without the route. */
const reasonOf = (detail: string): string => /^collector: \d{3} on \S+ \((.*)\)$/s.exec(detail)?.[1] ?? detail;

/** The collector's refusal in the user's words: 401, 403 and 409 each say what to do. */
export function refusalText(raw: string, t: Translator): string {
  const detail = reasonOf(raw);
  const status = /^collector: (\d{3})\b/.exec(raw)?.[1];
  if (status === '401') return t('team.error401');
  if (status === '403') return t('team.error403', { detail });
  if (status === '409') return t('team.error409', { detail });
  return t('team.refused', { detail });
}

export interface PanelNotice {
  tone: 'ok' | 'waiting' | 'error';
  text: string;
}

export function outcomeNotice(outcome: TeamEditOutcome, t: Translator): PanelNotice {
  if (outcome.refused) return { tone: 'error', text: refusalText(outcome.refused, t) };
  if (!outcome.delivered) return /^collector: 401\b/.test(outcome.detail ?? '') ? { tone: 'error', text: t('team.error401') } : { tone: 'waiting', text: t('team.waiting', { detail: outcome.detail ?? '' }) };
  return { tone: 'ok', text: t('team.saved') };
}

/** Sends one edit; the answer (or the failure to ask) becomes a notice. */
export async function sendTeamEdit(mentionId: string, edit: TeamEditBody, t: Translator): Promise<PanelNotice> {
  try {
    return outcomeNotice(await sendToBackground('team:edit', { mentionId, edit }), t);
  } catch (error) {
    return { tone: 'error', text: refusalText(error instanceof Error ? error.message : String(error), t) };
  }
}

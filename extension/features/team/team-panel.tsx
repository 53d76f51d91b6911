// Beside the full-page inbox, for the selected mention: whom it is assigned to (a picker listing the team),
// its sentiment with a "correct" action, tags, internal notes and the history. Every edit is queued here
// first (works offline) and its outcome is said in words, refusals (401/403/409) included.
import { useEffect, useState } from 'preact/hooks';
import type { SentimentLabel } from '../../../shared/mention.ts';
import { sendToBackground } from '../../messages.ts';
import { formatDateTime } from '../../ui/format-age.ts';
import { SentimentChip } from '../../ui/sentiment-chip.tsx';
import type { InboxModel } from '../inbox/inbox-model.ts';
import { HistoryView } from './history-view.tsx';
import { NotesList } from './notes-list.tsx';
import { TagEditor } from './tag-editor.tsx';
import { outcomeNotice, refusalText, sendTeamEdit, useTeamData, type PanelNotice } from './team-data.ts';
import { teamViewOf } from './team-overlay.ts';
import { newNoteId } from './note-id.ts';

const LABELS: SentimentLabel[] = ['negative', 'neutral', 'positive'];

export function TeamPanel({ model }: { model: InboxModel }) {
  const t = model.t.value;
  const lang = model.language.value;
  const item = model.selected.value;
  const data = useTeamData(item?.id);
  const [notice, setNotice] = useState<PanelNotice | undefined>(undefined);
  // What the last action did belongs to the mention it was done on.
  useEffect(() => setNotice(undefined), [item?.id]);
  if (!item || !data.row || data.row.id !== item.id) return null;
  const mentionId = item.id;
  const view = teamViewOf(data.row.mention, data.queued);
  // Whose notes are mine: the name the collector records my edits under (the token's person, else its name).
  const me = data.members.find((m) => m.me === 1)?.name ?? model.me.value;
  const run = (promise: Promise<PanelNotice>) => void promise.then(setNotice);
  const assign = (assignee: string | null) =>
    run(
      sendToBackground('triage:edit', { edits: [{ mentionId, assignee }] }).then(
        (o) => (o.dropped.length ? { tone: 'error' as const, text: refusalText(o.dropped.map((d) => d.error).join('; '), t) } : outcomeNotice({ delivered: o.waiting.length === 0, ...(o.detail ? { detail: o.detail } : {}) }, t)),
        (error: unknown) => ({ tone: 'error' as const, text: refusalText(String(error), t) }),
      ),
    );
  // "Waiting" is over once nothing of this mention waits any more (sent, or refused and shown below).
  const shown = notice?.tone === 'waiting' && !data.queued.some((e) => !e.refused) ? undefined : notice;
  // The people of the team (a token of nobody is not one), the settings' own name, and whoever has it now.
  const people = data.members.filter((m) => m.id !== undefined).map((m) => m.name);
  const names = [...new Set([...people, ...(model.me.value.trim() ? [model.me.value.trim()] : []), ...(item.assignee ? [item.assignee] : [])])].sort((a, b) => a.localeCompare(b));
  return (
    <aside class="team-panel" data-team-mention={mentionId} aria-label={t('team.panel')}>
      <h2>{t('team.panel')}</h2>
      <label class="team-assign">
        {t('team.assignTo')}
        <select value={item.assignee ?? ''} onChange={(e) => assign(e.currentTarget.value || null)}>
          <option value="">{t('team.nobody')}</option>
          {names.map((name) => (
            <option key={name} value={name}>{name === model.me.value.trim() ? t('team.you', { name }) : name}</option>
          ))}
        </select>
      </label>
      <section class="team-sentiment" aria-label={t('team.sentiment')}>
        <h3>
          {t('team.sentiment')} <SentimentChip sentiment={view.sentiment} t={t} /> {view.pendingSentiment && <span class="team-pending">{t('team.pending')}</span>}
        </h3>
        {view.corrected && (
          <p class="team-corrected" data-corrected-by={view.corrected.by}>
            {t('team.correctedBy', { name: view.corrected.by, when: formatDateTime(view.corrected.at, lang), from: t(`sentiment.${view.corrected.from as 'negative'}`) })}
          </p>
        )}
        <div class="team-correct" role="group" aria-label={t('team.correct')}>
          {LABELS.map((label) => (
            <button key={label} type="button" class="vigia-button" data-correct={label} aria-pressed={view.sentiment === label} disabled={view.sentiment === label}
              onClick={() => run(sendTeamEdit(mentionId, { kind: 'sentiment', label }, t))}>
              {t('team.correctTo', { label: t(`sentiment.${label}`) })}
            </button>
          ))}
        </div>
      </section>
      <TagEditor tags={view.tags} pending={view.pendingTags} t={t} onChange={(change) => run(sendTeamEdit(mentionId, { kind: 'tags', ...change }, t))} />
      <NotesList
        notes={view.notes}
        me={me}
        t={t}
        lang={lang}
        onAdd={(text) => run(sendTeamEdit(mentionId, { kind: 'note-add', noteId: newNoteId(), text }, t))}
        onEdit={(noteId, text) => run(sendTeamEdit(mentionId, { kind: 'note-edit', noteId, text }, t))}
        onDelete={(noteId) => run(sendTeamEdit(mentionId, { kind: 'note-delete', noteId }, t))}
      />
      {view.refused.map((edit) => (
        <p key={edit.seq} class="team-error team-refused" role="alert">
          {refusalText(edit.refused ?? '', t)}{' '}
          <button type="button" class="vigia-button" onClick={() => void sendToBackground('team:dismiss', { seq: edit.seq! })}>{t('team.dismiss')}</button>
        </p>
      ))}
      <p class={`team-notice team-notice--${shown?.tone ?? 'none'}`} role="status" aria-live="polite">{shown?.text ?? ''}</p>
      <HistoryView mentionId={mentionId} version={data.row.seq} t={t} lang={lang} />
    </aside>
  );
}

// A mention's audit trail, asked from the collector when the user opens it (it lives there, not here):
// every triage, sentiment correction, note, tag and customer link, with who and when.
import { useEffect, useState } from 'preact/hooks';
import type { HistoryEntry } from '../../../shared/api/team.ts';
import type { UiLanguage } from '../../i18n/language.ts';
import type { Translator } from '../../i18n/dictionary.ts';
import { sendToBackground } from '../../messages.ts';
import { formatDateTime } from '../../ui/format-age.ts';
import { refusalText } from './team-data.ts';

type HistoryState = { state: 'closed' } | { state: 'loading' } | { state: 'ready'; items: HistoryEntry[] } | { state: 'error'; detail: string };

/** One entry in words; labels and statuses in the UI language where the dictionary has them. */
export function historyLine(entry: HistoryEntry, t: Translator): string {
  const word = (value: string | undefined): string => {
    if (value === undefined || value === '') return t(entry.action === 'assignee' ? 'team.nobody' : 'team.none');
    if (entry.action === 'sentiment') return ['negative', 'neutral', 'positive', 'unscored'].includes(value) ? t(`sentiment.${value as 'negative'}`) : value;
    if (entry.action === 'status') return ['new', 'assigned', 'responded', 'resolved', 'ignored'].includes(value) ? t(`status.${value as 'new'}`) : value;
    return value;
  };
  return t(`team.action.${entry.action}`, { from: word(entry.from), to: word(entry.to), detail: entry.detail ?? '' });
}

export function HistoryView({ mentionId, version, t, lang }: { mentionId: string; version: number; t: Translator; lang: UiLanguage }) {
  const [history, setHistory] = useState<HistoryState>({ state: 'closed' });
  const open = history.state !== 'closed';
  const load = () => {
    setHistory({ state: 'loading' });
    sendToBackground('team:history', { mentionId }).then(
      ({ items }) => setHistory({ state: 'ready', items }),
      (error: unknown) => setHistory({ state: 'error', detail: error instanceof Error ? error.message : String(error) }),
    );
  };
  useEffect(() => setHistory({ state: 'closed' }), [mentionId]);
  // Kept current while open: the mention changed (an edit here or from the team) → read it again.
  useEffect(() => {
    if (open) load();
  }, [version]);
  return (
    <section class="team-history" aria-label={t('team.history')}>
      <h3>{t('team.history')}</h3>
      {!open && <button type="button" class="vigia-button team-history__show" onClick={load}>{t('team.historyShow')}</button>}
      {history.state === 'error' && <p class="team-error" role="alert">{t('team.historyFailed', { detail: refusalText(history.detail, t) })}</p>}
      {history.state === 'ready' && history.items.length === 0 && <p class="team-empty">{t('team.historyEmpty')}</p>}
      {history.state === 'ready' && history.items.length > 0 && (
        <ol class="team-history__list">
          {history.items.map((entry, i) => (
            <li key={i} data-action={entry.action}>
              <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time> · <strong>{entry.who}</strong>: {historyLine(entry, t)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

// The internal notes of a mention: who wrote each and when, pending ones marked, the author's own editable
// and deletable (others' are read-only: the collector refuses them with 403 anyway), and a box to add one.
import { useState } from 'preact/hooks';
import { NOTE_MAX_CHARS } from '../../../shared/team/annotations.ts';
import type { UiLanguage } from '../../i18n/language.ts';
import type { Translator } from '../../i18n/dictionary.ts';
import { formatDateTime } from '../../ui/format-age.ts';
import type { NoteView } from './team-overlay.ts';

export interface NotesListProps {
  notes: NoteView[];
  me: string;
  t: Translator;
  lang: UiLanguage;
  onAdd: (text: string) => void;
  onEdit: (noteId: string, text: string) => void;
  onDelete: (noteId: string) => void;
}

function NoteItem({ note, mine, t, lang, onEdit, onDelete }: { note: NoteView; mine: boolean } & Pick<NotesListProps, 't' | 'lang' | 'onEdit' | 'onDelete'>) {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  return (
    <li class="team-note" data-note-id={note.id} data-pending={note.pending}>
      <p class="team-note__by">
        {t('team.noteBy', { name: note.author, when: formatDateTime(note.createdAt, lang) })}
        {note.updatedAt && <> · {t('team.noteEdited', { when: formatDateTime(note.updatedAt, lang) })}</>}
        {note.pending && <> {t('team.pending')}</>}
      </p>
      {draft === undefined ? (
        <p class="team-note__text">{note.text}</p>
      ) : (
        <textarea class="team-note__draft" maxLength={NOTE_MAX_CHARS} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
      )}
      {mine && (
        <span class="team-note__actions">
          {draft === undefined ? (
            <>
              <button type="button" class="vigia-button" onClick={() => setDraft(note.text)}>{t('team.noteEdit')}</button>
              <button type="button" class="vigia-button" onClick={() => onDelete(note.id)}>{t('team.noteDelete')}</button>
            </>
          ) : (
            <>
              <button type="button" class="vigia-button" disabled={draft.trim() === ''} onClick={() => (onEdit(note.id, draft.trim()), setDraft(undefined))}>{t('team.noteSave')}</button>
              <button type="button" class="vigia-button" onClick={() => setDraft(undefined)}>{t('team.noteCancel')}</button>
            </>
          )}
        </span>
      )}
    </li>
  );
}

export function NotesList({ notes, me, t, lang, onAdd, onEdit, onDelete }: NotesListProps) {
  const [text, setText] = useState('');
  return (
    <section class="team-notes" aria-label={t('team.notes')}>
      <h3>{t('team.notes')}</h3>
      {notes.length === 0 ? <p class="team-empty">{t('team.noNotes')}</p> : (
        <ul class="team-notes__list">
          {notes.map((note) => <NoteItem key={note.id} note={note} mine={me !== '' && note.author === me} t={t} lang={lang} onEdit={onEdit} onDelete={onDelete} />)}
        </ul>
      )}
      <textarea class="team-notes__new" aria-label={t('team.notePlaceholder')} placeholder={t('team.notePlaceholder')} maxLength={NOTE_MAX_CHARS} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <button type="button" class="vigia-button team-notes__add" disabled={text.trim() === ''} onClick={() => (onAdd(text.trim()), setText(''))}>
        {t('team.noteAdd')}
      </button>
    </section>
  );
}

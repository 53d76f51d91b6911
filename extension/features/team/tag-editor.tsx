// A mention's tags as chips with a remove button, and a field to add one (normalised as the collector
// will: "Facturación " → "facturación"; a tag it would refuse is named here first).
import { useState } from 'preact/hooks';
import { normalizeTag, TagError } from '../../../shared/team/tags.ts';
import type { Translator } from '../../i18n/dictionary.ts';

export interface TagEditorProps {
  tags: string[];
  pending: boolean;
  t: Translator;
  onChange: (change: { add: string[]; remove: string[] }) => void;
}

export function TagEditor({ tags, pending, t, onChange }: TagEditorProps) {
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const add = () => {
    try {
      const tag = normalizeTag(draft);
      setProblem(undefined);
      setDraft('');
      if (!tags.includes(tag)) onChange({ add: [tag], remove: [] });
    } catch (error) {
      setProblem(t('team.tagBad', { detail: error instanceof TagError ? error.message : String(error) }));
    }
  };
  return (
    <section class="team-tags" aria-label={t('team.tags')}>
      <h3>{t('team.tags')} {pending && <span class="team-pending">{t('team.pending')}</span>}</h3>
      <ul class="team-tags__list">
        {tags.map((tag) => (
          <li key={tag} class="team-tag" data-tag={tag}>
            {tag}
            <button type="button" class="team-tag__remove" aria-label={t('team.tagRemove', { tag })} onClick={() => onChange({ add: [], remove: [tag] })}>×</button>
          </li>
        ))}
      </ul>
      <form class="team-tags__add" onSubmit={(e) => (e.preventDefault(), add())}>
        <input type="text" aria-label={t('team.tagAdd')} placeholder={t('team.tagAdd')} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} />
        <button type="submit" class="vigia-button" disabled={draft.trim() === ''}>+</button>
      </form>
      {problem && <p class="team-error" role="alert">{problem}</p>}
    </section>
  );
}

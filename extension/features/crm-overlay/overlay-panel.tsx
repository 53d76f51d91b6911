// The collapsible panel the overlay shows over the CRM page: the person's public mentions.
import { MentionCard } from '../../ui/mention-card.tsx';
import type { PersonIdentifiers } from '../../sites/person-identifiers.ts';
import type { OverlayModel } from './overlay-model.ts';

const describePerson = (person: PersonIdentifiers): string =>
  [...person.handles.map((h) => `${h.platform}: ${h.handle}`), ...person.emails].join(', ');

export function OverlayPanel({ model }: { model: OverlayModel }) {
  const t = model.t.value;
  const lookup = model.lookup.value;
  const person = model.person.value;
  const collapsed = model.collapsed.value;
  const count = lookup.state === 'ready' ? lookup.mentions.length : undefined;
  const identities = describePerson(person);
  return (
    <aside class="vigia-overlay" aria-label={t('overlay.title')} data-state={lookup.state}>
      <header class="vigia-overlay__header">
        <strong>{t('overlay.title')}</strong>
        {count !== undefined && <span class="vigia-overlay__count">{t('overlay.count', { count })}</span>}
        <button type="button" class="vigia-button" aria-expanded={!collapsed} onClick={() => model.toggle()}>
          {collapsed ? t('overlay.expand') : t('overlay.collapse')}
        </button>
      </header>
      {!collapsed && (
        <div class="vigia-overlay__body">
          <p class="vigia-overlay__identities">{identities === '' ? t('overlay.noIdentities') : t('overlay.identities', { identities })}</p>
          {lookup.state === 'loading' && <p class="vigia-overlay__notice">{t('overlay.loading')}</p>}
          {lookup.state === 'error' && <p class="vigia-overlay__notice vigia-overlay__notice--error">{t('overlay.error', { detail: lookup.detail })}</p>}
          {lookup.state === 'ready' && lookup.mentions.length === 0 && <p class="vigia-overlay__notice vigia-overlay__empty">{t('overlay.empty')}</p>}
          {lookup.state === 'ready' &&
            lookup.mentions.map((mention) => <MentionCard key={mention.id} mention={mention} lang={model.language.value} t={t} now={model.now.value} />)}
        </div>
      )}
    </aside>
  );
}

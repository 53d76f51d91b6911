// Above the inbox list: the "assigned to me" view, one click, with how many open mentions are yours. "Me"
// is the person the extension's token belongs to (from the collector), else the name in the settings.
import { useEffect } from 'preact/hooks';
import type { InboxModel } from '../inbox/inbox-model.ts';
import { useTeamData } from './team-data.ts';

const OPEN = new Set(['new', 'assigned']);

export function TeamBar({ model }: { model: InboxModel }) {
  const t = model.t.value;
  const { members } = useTeamData(undefined);
  // Only a token that belongs to a person (`vigia user add`) names "me"; a token of nobody leaves the name
  // from the settings in place.
  const mine = members.find((m) => m.me === 1 && m.id !== undefined)?.name;
  useEffect(() => {
    if (mine) model.me.value = mine;
  }, [mine, model.me.value]);
  const me = model.me.value.trim().toLocaleLowerCase();
  const count = me === '' ? 0 : (model.items.value ?? []).filter((i) => i.assignee?.trim().toLocaleLowerCase() === me && OPEN.has(i.triageStatus)).length;
  const on = model.filters.value.assignee?.kind === 'me';
  return (
    <div class="team-bar">
      <button type="button" class="inbox-tab team-bar__mine" aria-pressed={on} data-view="mine" disabled={me === ''} onClick={() => model.setFilters({ assignee: on ? undefined : { kind: 'me' } })}>
        {t('team.mineCount', { count })}
      </button>
    </div>
  );
}

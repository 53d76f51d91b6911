// Mounts the inbox on an extension page (popup or full page): the model, the view, keyboard triage, and
// for the full page the hash that names the mention or journey to open.
import { browser } from '#imports';
import { signal, type Signal } from '@preact/signals';
import { render } from 'preact';
import { browserSiteAccess } from '../site-access/site-access.ts';
import { SiteAccessButton } from '../site-access/site-access-button.tsx';
import { createSiteAccessModel, type SiteAccessModel } from '../site-access/site-access-model.ts';
import { sendToBackground } from '../../messages.ts';
import { parseInboxHash } from './inbox-link.ts';
import { createInboxModel, type InboxModel } from './inbox-model.ts';
import { InboxView } from './inbox-view.tsx';
import { JourneyPanel } from './journey-panel.tsx';
import { TeamPanel } from '../team/team-panel.tsx';

/** The side panel where the browser has one (Chrome), else the Firefox sidebar, else the dashboard in a tab. */
async function openDashboard(): Promise<void> {
  const api = browser as unknown as {
    sidePanel?: { open(options: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  try {
    if (api.sidebarAction) return await api.sidebarAction.open();
    const windowId = (await browser.windows.getCurrent()).id;
    if (api.sidePanel && windowId !== undefined) return await api.sidePanel.open({ windowId });
  } catch {
    // No user gesture left, or no panel here: a tab will do.
  }
  await browser.tabs.create({ url: browser.runtime.getURL('/sidepanel.html') });
}

/** In the popup: whether Vigía runs on the tab's site, with one click to allow it there. */
interface TabAccess {
  model: SiteAccessModel;
  url: Signal<string | undefined>;
}

function HeaderActions({ model, compact, tab }: { model: InboxModel; compact: boolean; tab: TabAccess | undefined }) {
  const t = model.t.value;
  return (
    <>
      {tab && <SiteAccessButton model={tab.model} url={tab.url.value} t={t} />}
      {compact && (
        <button type="button" class="vigia-button inbox__open" onClick={() => void sendToBackground('inbox:open', {}).then(() => window.close())}>
          {t('inbox.openFull')}
        </button>
      )}
      <button type="button" class="vigia-button inbox__dashboard" onClick={() => void openDashboard()}>
        {t('inbox.dashboard')}
      </button>
      <button type="button" class="vigia-button" onClick={() => void browser.runtime.openOptionsPage()}>
        {t('popup.openOptions')}
      </button>
    </>
  );
}

export function mountInbox(root: HTMLElement, compact: boolean): InboxModel {
  const model = createInboxModel(compact ? {} : parseInboxHash(location.hash));
  const tab: TabAccess | undefined = compact ? { model: createSiteAccessModel(browserSiteAccess), url: signal(undefined) } : undefined;
  if (tab) {
    void tab.model.reload().catch(() => undefined);
    void browserSiteAccess.activeTabUrl().then((url) => (tab.url.value = url), () => undefined);
  }
  const draw = (): void =>
    render(<InboxView model={model} compact={compact} actions={<HeaderActions model={model} compact={compact} tab={tab} />} aside={compact ? undefined : <div class="inbox__side"><TeamPanel model={model} /><JourneyPanel model={model} /></div>} />, root);
  draw();
  const onKey = (event: KeyboardEvent): void => {
    if (model.handleKey(event)) event.preventDefault();
  };
  document.addEventListener('keydown', onKey);
  const onHash = (): void => {
    const target = parseInboxHash(location.hash);
    if (target.mentionId) model.select(target.mentionId);
    if (target.negativeOnly) model.setFilters({ sentiment: 'negative' });
    if (target.brand) model.setFilters({ brand: target.brand });
  };
  if (!compact) addEventListener('hashchange', onHash);
  addEventListener('pagehide', () => {
    document.removeEventListener('keydown', onKey);
    removeEventListener('hashchange', onHash);
    model.dispose();
  });
  return model;
}

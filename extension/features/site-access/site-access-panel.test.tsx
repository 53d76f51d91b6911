import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/dictionary.ts';
import type { SiteAccessControls } from './site-access.ts';
import { SiteAccessButton } from './site-access-button.tsx';
import { createSiteAccessModel } from './site-access-model.ts';
import { SiteAccessPanel } from './site-access-panel.tsx';

/** A browser whose user says yes (or no) to every request. */
function controls(answer: boolean) {
  const granted: string[] = [];
  const requested: string[] = [];
  const api: SiteAccessControls = {
    granted: async () => [...granted],
    declaredHosts: () => ['https://*.zendesk.com/*'],
    request: async (url) => {
      requested.push(url);
      if (answer) granted.push(`${new URL(url).protocol}//${new URL(url).hostname}/*`);
      return answer;
    },
    revoke: async (pattern) => {
      granted.splice(granted.indexOf(pattern), 1);
      return true;
    },
    activeTabUrl: async () => undefined,
  };
  return { api, granted, requested };
}

const mount = (node: preact.ComponentChild) => {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('site access', () => {
  it('allows a typed site (adding https://), lists it, and removes it', async () => {
    const fake = controls(true);
    const model = createSiteAccessModel(fake.api);
    await model.allow('crm.lumora.example/clientes');
    expect(fake.requested).toEqual(['https://crm.lumora.example/clientes']);
    expect(model.granted.value).toEqual(['https://crm.lumora.example/*']);
    expect(model.notice.value).toEqual({ kind: 'granted', host: 'crm.lumora.example' });

    const root = mount(<SiteAccessPanel model={model} t={translatorFor('es')} />);
    expect(root.querySelector('[data-site="https://crm.lumora.example/*"]')?.textContent).toBe('crm.lumora.example Quitar');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Vigía funciona en crm.lumora.example.');
    await model.remove('https://crm.lumora.example/*');
    expect(model.granted.value).toEqual([]);
  });

  it('does not ask for declared CRMs or for what is not a web address, and says when the user refuses', async () => {
    const fake = controls(false);
    const model = createSiteAccessModel(fake.api);
    await model.allow('https://lumora.zendesk.com/agent/tickets/1');
    expect(model.notice.value).toEqual({ kind: 'declared', host: 'lumora.zendesk.com' });
    await model.allow('ftp://files.example');
    expect(model.notice.value).toEqual({ kind: 'bad-url' });
    await model.allow('https://crm.lumora.example');
    expect(model.notice.value).toEqual({ kind: 'denied', host: 'crm.lumora.example' });
    expect(fake.requested).toEqual(['https://crm.lumora.example']);
  });

  it('offers the tab’s site in the popup until it is granted', async () => {
    const fake = controls(true);
    const model = createSiteAccessModel(fake.api);
    const t = translatorFor('en');
    const url = 'https://crm.lumora.example/clientes/7';
    let root = mount(<SiteAccessButton model={model} url={url} t={t} />);
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('Show Vigía on crm.lumora.example');
    button.click();
    await expect.poll(() => model.granted.value).toEqual(['https://crm.lumora.example/*']);
    document.body.innerHTML = '';
    root = mount(<SiteAccessButton model={model} url={url} t={t} />);
    expect(root.querySelector('[data-site-access]')?.getAttribute('data-site-access')).toBe('granted');
    document.body.innerHTML = '';
    root = mount(<SiteAccessButton model={model} url="https://lumora.zendesk.com/agent/tickets/1" t={t} />);
    expect(root.textContent).toBe('Vigía already runs on lumora.zendesk.com.');
    expect(mount(<SiteAccessButton model={model} url="chrome://extensions" t={t} />).innerHTML).toBe('');
  });
});

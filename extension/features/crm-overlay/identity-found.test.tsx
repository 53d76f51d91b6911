import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { translatorFor } from '../../i18n/dictionary.ts';
import { identityFound, IdentityFoundLine } from './identity-found.tsx';
import { createOverlayModel } from './overlay-model.ts';
import { OverlayPanel } from './overlay-panel.tsx';

const hubspot = { name: 'HubSpot', system: 'hubspot' } as const;
const marta = { emails: ['marta@example.com'], handles: [], crmIds: [{ system: 'hubspot' as const, id: '5101' }] };

function line(node: preact.ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root.querySelector('.vigia-overlay__identities')!;
}

beforeEach(() => fakeBrowser.reset());
afterEach(() => {
  document.body.innerHTML = '';
});

describe('what the page told about the customer', () => {
  it('sorts e-mail, handle and the CRM’s id into found and not found', () => {
    expect(identityFound(marta, hubspot)).toEqual({ found: ['email', 'crm-id'], missing: ['handle'] });
    expect(identityFound({ emails: [], handles: [{ platform: 'x', handle: 'tom' }] }, { name: 'Any page you enable' })).toEqual({ found: ['handle'], missing: ['email'] });
    expect(identityFound({ emails: [], handles: [] }, hubspot)).toEqual({ found: [], missing: ['email', 'handle', 'crm-id'] });
  });

  it('says it in English and in Spanish', () => {
    expect(line(<IdentityFoundLine person={marta} recipe={hubspot} t={translatorFor('en')} />).textContent).toBe('Found: e-mail, HubSpot id · Not found: handle');
    expect(line(<IdentityFoundLine person={marta} recipe={hubspot} t={translatorFor('es')} />).textContent).toBe('Encontrado: e-mail, id de HubSpot · No encontrado: usuario de redes');
    expect(line(<IdentityFoundLine person={{ emails: [], handles: [] }} recipe={hubspot} t={translatorFor('en')} />).textContent).toBe('Not found: e-mail, handle, HubSpot id');
  });

  it('shows on the panel while the lookup runs, from the recipe the page was read with', () => {
    const model = createOverlayModel({ value: 'en' });
    model.person.value = marta;
    model.recipe.value = hubspot;
    const shown = line(<OverlayPanel model={model} />);
    expect(shown.getAttribute('data-found')).toBe('email crm-id');
    expect(shown.getAttribute('data-missing')).toBe('handle');
  });
});

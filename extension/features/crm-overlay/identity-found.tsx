// What the CRM page told the overlay about its customer, and what it could not: "Found: e-mail, HubSpot id
// · Not found: handle". An agent then knows why nobody is recognised, or which field to fill in.
import type { CrmSystem } from '../../../shared/customer/customer.ts';
import type { Translator } from '../../i18n/dictionary.ts';
import type { PersonIdentifiers } from '../../sites/crm/person-identifiers.ts';

/** The recipe that read the page, as far as this line needs it. */
export interface PageRecipe {
  /** Product name ("HubSpot"). */
  name: string;
  /** Set for a CRM whose record ids the page may show; absent for other pages. */
  system?: CrmSystem;
}

export type IdentityKind = 'email' | 'handle' | 'crm-id';

/** Which kinds of identifier the page gave and which it did not (a CRM id only where the page is one CRM's). */
export function identityFound(person: PersonIdentifiers, recipe: PageRecipe | undefined): { found: IdentityKind[]; missing: IdentityKind[] } {
  const kinds: [IdentityKind, boolean][] = [
    ['email', person.emails.length > 0],
    ['handle', person.handles.length > 0],
  ];
  if (recipe?.system) kinds.push(['crm-id', (person.crmIds?.length ?? 0) > 0]);
  return { found: kinds.filter(([, has]) => has).map(([kind]) => kind), missing: kinds.filter(([, has]) => !has).map(([kind]) => kind) };
}

export function IdentityFoundLine({ person, recipe, t }: { person: PersonIdentifiers; recipe: PageRecipe | undefined; t: Translator }) {
  const { found, missing } = identityFound(person, recipe);
  const label = (kind: IdentityKind): string =>
    kind === 'crm-id' ? t('identity.crmId', { system: recipe?.name ?? '' }) : t(kind === 'email' ? 'identity.email' : 'identity.handle');
  const parts = [
    ...(found.length > 0 ? [t('identity.found', { list: found.map(label).join(', ') })] : []),
    ...(missing.length > 0 ? [t('identity.notFound', { list: missing.map(label).join(', ') })] : []),
  ];
  return (
    <p class="vigia-overlay__identities" data-found={found.join(' ')} data-missing={missing.join(' ')}>
      {parts.join(' · ')}
    </p>
  );
}

// The shape of a CRM recipe: which pages it knows and how it finds the customer on them.
import type { CrmSystem } from '../../../shared/customer/customer.ts';
import type { PersonIdentifiers } from './person-identifiers.ts';

/** One CRM product (one file under extension/sites/crm/, listed in registry.ts). */
export interface CrmSite {
  /** kebab-case id, the file's name. */
  id: string;
  /** Product name as users know it. */
  name: string;
  /** Which CRM the ids read from its pages belong to; absent for pages that are not one CRM. */
  system?: CrmSystem;
  /**
   * Manifest match patterns of the pages it runs on (declared, so the user consents at install). Empty
   * for recipes that only run where the user grants access at run time.
   */
  matches: string[];
  /** Pure: whether this URL is a customer page of this CRM. */
  isPage: (url: string) => boolean;
  /** Reads the customer's identifiers from the page; `url` is the page's address (ids often live there), `document.URL` when not given. */
  findPerson: (document: Document, url?: string) => PersonIdentifiers;
}

/** Declares a recipe (identity function that checks the shape). */
export const defineCrmSite = (site: CrmSite): CrmSite => site;

/** The URL parsed, or undefined for anything that is not an http(s) URL. */
export function parseWebUrl(url: string): URL | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : undefined;
}

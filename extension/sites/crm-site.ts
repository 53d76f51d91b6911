// The shape of a CRM recipe: which pages it knows and how it finds the customer on them.
import type { PersonIdentifiers } from './person-identifiers.ts';

/** One CRM product (one file under extension/sites/, listed in registry.ts). */
export interface CrmSite {
  /** kebab-case id, the file's name. */
  id: string;
  /** Product name as users know it. */
  name: string;
  /** Manifest match patterns of the pages it runs on. */
  matches: string[];
  /** Pure: whether this URL is a customer page of this CRM. */
  isPage: (url: string) => boolean;
  /** Reads the customer's identifiers from the page. */
  findPerson: (document: Document) => PersonIdentifiers;
}

/** Declares a recipe (identity function that checks the shape). */
export const defineCrmSite = (site: CrmSite): CrmSite => site;

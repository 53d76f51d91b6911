// Every helpdesk connector, one line each: adding a helpdesk is adding its file and its line here.
import type { HelpdeskVendor } from '../../shared/api/tickets.ts';
import type { AnyConnector } from './define-connector.ts';
import freshdesk from './freshdesk.ts';
import hubspot from './hubspot.ts';
import salesforce from './salesforce.ts';
import zendesk from './zendesk.ts';

// Each connector is typed by its own options; the registry holds them by their common shape, and every
// call goes through a helpdesk whose options were parsed with that very connector's schema (helpdesk-config.ts).
export const CONNECTORS: readonly AnyConnector[] = [zendesk, freshdesk, hubspot, salesforce] as unknown as AnyConnector[];

export const connectorFor = (vendor: string): AnyConnector | undefined => CONNECTORS.find((c) => c.vendor === vendor);
export const connectorVendors = (): HelpdeskVendor[] => CONNECTORS.map((c) => c.vendor);

// Page objects for closing the loop with the CRM: an inbox row's ticket action and recovery clock, the
// overlay's recovery clock and journey report buttons, and the helpdesk's signed webhook as the vendor sends it.
import { helpdeskNotification } from '../../../collector/tickets/testing/helpdesk-webhooks.ts';
import type { HelpdeskVendor } from '../../../shared/api/tickets.ts';
import type { Download, Locator } from 'playwright-core';
import type { CrmOverlay } from './crm-overlay.ts';
import type { InboxPage } from './inbox-page.ts';

export class InboxTicketRow {
  constructor(
    readonly inbox: InboxPage,
    readonly mentionId: string,
  ) {}

  get row(): Locator {
    return this.inbox.page.locator(`[data-row-id="${this.mentionId}"]`);
  }

  get createButton(): Locator {
    return this.row.locator('[data-action="create-ticket"]');
  }

  /** The ticket link once the helpdesk created it. */
  get ticketLink(): Locator {
    return this.row.locator('a[data-ticket-id]');
  }

  ticketState(state: string): Locator {
    return this.row.locator(`[data-ticket-state="${state}"]`);
  }

  /** The recovery clock tag in a state: running, urgent, recovered or lost. */
  recovery(state?: string): Locator {
    return this.row.locator(state ? `[data-recovery="${state}"]` : '[data-recovery]');
  }

  async createTicket(): Promise<void> {
    await this.createButton.click();
  }
}

export class OverlayRecovery {
  constructor(readonly overlay: CrmOverlay) {}

  /** The customer's current clock, once it is in this state. */
  async waitForState(state: 'running' | 'recovered' | 'lost', timeout = 30_000): Promise<string | null> {
    const block = this.overlay.shadow.locator(`.vigia-recovery-block[data-recovery-state="${state}"] .vigia-recovery`);
    await block.waitFor({ timeout });
    return block.first().textContent();
  }

  /** Clicks a report button and returns the download it starts. */
  async downloadReport(format: 'pdf' | 'html'): Promise<Download> {
    const download = this.overlay.page.waitForEvent('download', { timeout: 60_000 });
    await this.overlay.shadow.locator(`[data-report-format="${format}"]`).click();
    return download;
  }

  /** The ticket action of a mention in the overlay's timeline. */
  ticketLink(mentionId: string) {
    return this.overlay.shadow.locator(`[data-mention-id="${mentionId}"] [data-ticket-id]`);
  }
}

/** POSTs a helpdesk's status notification to the collector, signed (or with the shared secret) as the vendor sends it. */
export async function postHelpdeskWebhook(apiUrl: string, vendor: HelpdeskVendor, ticketId: string, status: string, secret: string): Promise<Response> {
  const notification = helpdeskNotification(vendor, ticketId, status, { secret });
  return fetch(`${apiUrl}${notification.url}`, { method: notification.method, headers: notification.headers, body: notification.payload });
}

// "Create ticket" for one mention, the same in the inbox, the badge menu and the overlay: pick one of the
// collector's helpdesks (when there are several), open the ticket once, then show where it stands — the
// ticket as a link to the helpdesk, queued for a retry, kept here while offline, or the refusal in plain words.
import { useEffect, useState } from 'preact/hooks';
import type { HelpdesksAnswer } from '../../../shared/api/tickets.ts';
import type { MentionTicket } from '../../../shared/mention.ts';
import type { Translator } from '../../i18n/dictionary.ts';
import type { UiLanguage } from '../../i18n/language.ts';
import { sendToBackground } from '../../messages.ts';
import { formatWhen } from '../recovery/recovery-words.ts';
import type { TicketOutcome } from './ticket-outcome.ts';

type Helpdesk = HelpdesksAnswer['items'][number];
type HelpdeskList = { state: 'loading' } | { state: 'ready'; items: Helpdesk[] } | { state: 'error'; detail: string; notConfigured?: boolean };

const isWebLink = (url: string | undefined): url is string => url !== undefined && /^https?:\/\//i.test(url);
const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

// One read of the helpdesks per page (they change only with the collector's config); a failure is asked again.
let helpdesks: Promise<HelpdeskList> | undefined;
function loadHelpdesks(): Promise<HelpdeskList> {
  helpdesks ??= sendToBackground('ticket:helpdesks', {}).then(
    (result): HelpdeskList => (result.ok ? { state: 'ready', items: result.value } : { state: 'error', detail: result.detail, ...(result.notConfigured ? { notConfigured: true } : {}) }),
    (error: unknown): HelpdeskList => ({ state: 'error', detail: messageOf(error) }),
  );
  void helpdesks.then((list) => {
    if (list.state === 'error') helpdesks = undefined;
  });
  return helpdesks;
}

export function TicketLink({ ticket, t }: { ticket: MentionTicket; t: Translator }) {
  const status = t(`ticketStatus.${ticket.status}`);
  if (!isWebLink(ticket.url)) return <span class="vigia-ticket vigia-ticket--created" data-ticket-id={ticket.id} data-ticket-status={ticket.status}>{t('ticket.noLink', { id: ticket.id, helpdesk: ticket.helpdesk, status })}</span>;
  return (
    <a class="vigia-ticket vigia-ticket--created" data-ticket-id={ticket.id} data-ticket-status={ticket.status} href={ticket.url} target="_blank" rel="noopener noreferrer" title={t('ticket.linkTitle', { id: ticket.id, helpdesk: ticket.helpdesk })} onClick={(e) => e.stopPropagation()}>
      {t('ticket.link', { id: ticket.id, status })}
    </a>
  );
}

export interface TicketActionProps {
  mentionId: string;
  /** The synced mention's ticket, when it has one (it wins: it follows the helpdesk's status). */
  ticket?: MentionTicket;
  t: Translator;
  lang: UiLanguage;
  /** Told what a click did (the inbox's notice line). */
  onOutcome?: (outcome: TicketOutcome) => void;
}

export function TicketAction({ mentionId, ticket, t, lang, onOutcome }: TicketActionProps) {
  const [outcome, setOutcome] = useState<TicketOutcome | undefined>(undefined);
  const [list, setList] = useState<HelpdeskList>({ state: 'loading' });
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => {
    let live = true;
    if (!ticket) void sendToBackground('ticket:status', { mentionId }).then((answer) => live && answer.outcome && setOutcome(answer.outcome), () => undefined);
    void loadHelpdesks().then((answer) => live && setList(answer));
    return () => {
      live = false;
    };
  }, [mentionId, ticket === undefined]);

  const shown = ticket ? ({ kind: 'created', ticket } as const) : outcome;
  if (shown?.kind === 'created') return <TicketLink ticket={shown.ticket} t={t} />;
  if (shown?.kind === 'queued') {
    const text = shown.nextAttemptAt ? t('ticket.queuedAt', { at: formatWhen(shown.nextAttemptAt, lang) }) : t('ticket.queued');
    return <span class="vigia-ticket vigia-ticket--queued" data-ticket-state="queued" title={shown.detail ?? text}>{text}</span>;
  }
  if (shown?.kind === 'offline') return <span class="vigia-ticket vigia-ticket--offline" data-ticket-state="offline" title={shown.detail ?? ''}>{t('ticket.offline')}</span>;

  const items = list.state === 'ready' ? list.items : [];
  const none = list.state === 'ready' && items.length === 0;
  const helpdesk = chosen ?? items.find((h) => h.default)?.id ?? items[0]?.id;
  const create = async (e: MouseEvent) => {
    e.stopPropagation();
    // A page script's synthetic click never opens a ticket (the badge menu and the overlay sit on others' pages).
    if (!e.isTrusted) return;
    setBusy(true);
    setError(undefined);
    try {
      const next = await sendToBackground('ticket:create', { mentionId, ...(helpdesk ? { helpdesk } : {}) });
      setOutcome(next);
      onOutcome?.(next);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  // A team without a helpdesk gets no ticket button on every row (nothing to do with it); until the list is
  // known there is none either, so a row never shows a button that then disappears.
  if (none || list.state === 'loading') return null;
  const reason = list.state === 'error' && list.notConfigured ? t('ticket.helpdesksError', { detail: list.detail }) : undefined;
  return (
    <span class="vigia-ticket vigia-ticket--new" data-ticket-state={shown?.kind ?? 'none'} onClick={(e) => e.stopPropagation()}>
      {items.length > 1 && (
        <select aria-label={t('ticket.helpdesk')} data-ticket-helpdesk value={helpdesk} onChange={(e) => setChosen(e.currentTarget.value)}>
          {items.map((h) => (
            <option key={h.id} value={h.id}>{`${h.id} (${h.vendor})`}</option>
          ))}
        </select>
      )}
      <button type="button" class="vigia-button" data-action="create-ticket" disabled={busy || reason !== undefined} title={reason ?? (helpdesk ? t('ticket.createIn', { helpdesk }) : t('ticket.create'))} onClick={(e) => void create(e)}>
        {busy ? t('ticket.busy') : t('ticket.create')}
      </button>
      {reason && <span class="vigia-ticket__reason">{reason}</span>}
      {shown?.kind === 'failed' && <span class="vigia-ticket__error" role="alert">{t('ticket.failed', { detail: shown.detail })}</span>}
      {error && <span class="vigia-ticket__error" role="alert">{t('ticket.failed', { detail: error })}</span>}
    </span>
  );
}

// "Journey report (PDF)" / "(HTML)": the collector renders the customer's journey in the overlay's language;
// the background fetches it with the token and the file is saved under the customer's (sanitised) name.
import { useState } from 'preact/hooks';
import type { ReportFormat } from '../../../shared/api/journey-report.ts';
import type { Translator } from '../../i18n/dictionary.ts';
import type { UiLanguage } from '../../i18n/language.ts';
import { sendToBackground } from '../../messages.ts';
import { isContextInvalidated } from './context-invalidated.ts';
import { reportFilename } from './report-filename.ts';

type ExportState = { state: 'idle' } | { state: 'busy' } | { state: 'done'; file: string } | { state: 'error'; detail: string };

function save(base64: string, type: string, filename: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([bytes], { type }));
  link.download = filename;
  // Never attached to the page: its scripts see neither the link nor the click.
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 30_000);
}

export function ReportExport({ customerId, name, t, lang }: { customerId: string; name: string; t: Translator; lang: UiLanguage }) {
  const [status, setStatus] = useState<ExportState>({ state: 'idle' });
  const download = async (e: MouseEvent, format: ReportFormat) => {
    if (!e.isTrusted) return;
    setStatus({ state: 'busy' });
    try {
      const result = await sendToBackground('report:download', { customerId, format, lang });
      if (!result.ok) return setStatus({ state: 'error', detail: result.detail });
      const file = reportFilename(name, format, lang, new Date());
      save(result.value.base64, result.value.type, file);
      setStatus({ state: 'done', file });
    } catch (error) {
      if (!isContextInvalidated(error)) setStatus({ state: 'error', detail: error instanceof Error ? error.message : String(error) });
    }
  };
  return (
    <div class="vigia-report" data-report>
      <button type="button" class="vigia-button" data-report-format="pdf" disabled={status.state === 'busy'} onClick={(e) => void download(e, 'pdf')}>
        {t('report.pdf')}
      </button>
      <button type="button" class="vigia-button" data-report-format="html" disabled={status.state === 'busy'} onClick={(e) => void download(e, 'html')}>
        {t('report.html')}
      </button>
      {status.state === 'busy' && <span class="vigia-report__status">{t('report.busy')}</span>}
      {status.state === 'done' && <span class="vigia-report__status" data-report-file={status.file}>{t('report.done', { file: status.file })}</span>}
      {status.state === 'error' && <span class="vigia-report__status vigia-report__status--error" role="alert">{t('report.error', { detail: status.detail })}</span>}
    </div>
  );
}

import { describe, expect, it } from 'vitest';
import { printPdf } from './print-pdf.ts';

describe('printPdf', () => {
  it('prints a page whose script draws before printing, and fetches nothing', async () => {
    const html = `<!doctype html><html><body><h1>Report</h1><img src="http://127.0.0.1:9/x.png">
      <script>setTimeout(() => { const p = document.createElement('p'); p.id = 'drawn'; p.textContent = 'chart'; document.body.append(p); }, 50);</script></body></html>`;
    const pdf = await printPdf(html, { readySelector: '#drawn' });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(1000);
  });

  it('names the selector it waited for when the page never becomes ready', async () => {
    await expect(printPdf('<p>never ready</p>', { readySelector: '#drawn', timeoutMs: 1500 })).rejects.toThrow(/#drawn/);
  });
});

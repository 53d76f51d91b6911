import { describe, expect, it } from 'vitest';
import { reportFilename } from './report-filename.ts';

const day = new Date('2026-12-07T15:00:00Z');

describe('journey report file name', () => {
  it("keeps the customer's name readable without accents or unsafe characters", () => {
    expect(reportFilename('Marta Ruíz Núñez', 'pdf', 'es', day)).toBe('journey-Marta-Ruiz-Nunez-2026-12-07-es.pdf');
    expect(reportFilename('../../etc/passwd <script>', 'html', 'en', day)).toBe('journey-etc-passwd-script-2026-12-07-en.html');
  });

  it('falls back to "customer" when nothing of the name is left, and stays short', () => {
    expect(reportFilename('李小龍 / ***', 'pdf', 'en', day)).toBe('journey-customer-2026-12-07-en.pdf');
    expect(reportFilename('a'.repeat(300), 'pdf', 'en', day)).toBe(`journey-${'a'.repeat(60)}-2026-12-07-en.pdf`);
  });
});

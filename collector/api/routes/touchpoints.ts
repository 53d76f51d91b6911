// POST /api/touchpoints: CRM and helpdesk webhooks send generic import records, one or a batch, validated
// and stored exactly like `vigia import` (idempotent by external id).
import type { FastifyInstance } from 'fastify';
import { touchpointBatchSchema, touchpointRecordSchema, type TouchpointsAnswer } from '../../../shared/api/touchpoints.ts';
import type { CustomerStore } from '../../customers/customer-store.ts';
import { importRecords } from '../../customers/import-runner.ts';
import { toImportRecord, type ImportRecord } from '../../import/import-record.ts';
import { ApiError } from '../../errors.ts';

export function touchpointRoutes(app: FastifyInstance, store: CustomerStore): void {
  app.post('/api/touchpoints', { bodyLimit: 10 * 1024 * 1024 }, async (request): Promise<TouchpointsAnswer> => {
    const raw = touchpointRecordSchema.safeParse(request.body);
    if (!raw.success) throw new ApiError(400, 'expected one import record or {"records": [...]}');
    const single = !('records' in raw.data);
    const records = single ? [raw.data as unknown] : touchpointBatchSchema.parse(raw.data).records;
    const errors: { index: number; reason: string }[] = [];
    const valid: { index: number; record: ImportRecord }[] = [];
    records.forEach((input, index) => {
      // The same content hash as a JSONL file's line, so a record sent here and imported from a file is one.
      const outcome = toImportRecord(input, 'jsonl');
      if ('record' in outcome) valid.push({ index, record: outcome.record });
      else errors.push({ index, reason: outcome.reason });
    });
    if (single && errors.length) throw new ApiError(400, `invalid record: ${errors[0]!.reason}`, [{ path: '(body)', message: errors[0]!.reason }]);
    const summary = await importRecords(store, valid.map((v) => v.record), new Date().toISOString());
    let imported = 0;
    let unchanged = 0;
    summary.outcomes.forEach((outcome, i) => {
      if (outcome.status === 'imported') imported++;
      else if (outcome.status === 'unchanged') unchanged++;
      else if (outcome.status === 'error') errors.push({ index: valid[i]!.index, reason: outcome.reason });
    });
    return { imported, unchanged, errors: errors.sort((a, b) => a.index - b.index) };
  });
}

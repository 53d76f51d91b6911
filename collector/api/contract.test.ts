// The collector serves exactly the routes of the API contract (shared/api/routes.ts), and the types its
// code builds answers with are the contract's types.
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Analysis as ApiAnalysis } from '../../shared/api/analyze.ts';
import type { journeyMetricsSchema, customerRiskSchema } from '../../shared/api/journey-view.ts';
import type { mentionAnswerSchema } from '../../shared/api/mentions.ts';
import { API_ROUTES } from '../../shared/api/routes.ts';
import type { SourceStatusAnswer } from '../../shared/api/sources.ts';
import type { CustomerRisk } from '../../shared/journey/customer-risk.ts';
import type { JourneyMetrics } from '../../shared/journey/journey-metrics.ts';
import type { Mention } from '../../shared/mention.ts';
import type { Analysis } from '../enrich/analyze.ts';
import type { SourceStatus } from '../sources/kit/source-status.ts';
import { openApiFixture, type ApiFixture } from './testing/api-fixture.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await openApiFixture();
  await fx.api.app.ready();
});
afterAll(() => fx.close());

/** "METHOD /path" of every route fastify serves (HEAD, which it adds to each GET, left out). */
function servedRoutes(tree: string): string[] {
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^(.*?)(?:├── |└── )(\S+) \(([^)]+)\)$/.exec(line);
    if (!match) continue;
    const depth = [...match[1]!].length / 4;
    stack.length = depth;
    stack.push(match[2]!);
    for (const method of match[3]!.split(', ')) if (method !== 'HEAD') routes.push(`${method} ${stack.join('')}`);
  }
  return routes.sort();
}

describe('the API contract', () => {
  it('lists every route the collector serves, and no other', () => {
    expect(servedRoutes(fx.api.app.printRoutes({ commonPrefix: false }))).toEqual(Object.keys(API_ROUTES).sort());
  });

  it('describes the domain types the collector answers with', () => {
    expectTypeOf<z.output<typeof mentionAnswerSchema>>().toEqualTypeOf<Mention>();
    expectTypeOf<z.output<typeof journeyMetricsSchema>>().toEqualTypeOf<JourneyMetrics>();
    expectTypeOf<z.output<typeof customerRiskSchema>>().toEqualTypeOf<CustomerRisk>();
    expectTypeOf<SourceStatus>().toEqualTypeOf<SourceStatusAnswer>();
    // The scorer's reading may carry more than the contract promises, never less or otherwise.
    expectTypeOf<Analysis>().toExtend<ApiAnalysis>();
  });
});

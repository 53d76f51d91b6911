// "About competitors only" in SQL, for the inbox's `?competitor=` filter and the key drivers of our brands.
import { sql } from 'kysely';
import type { StoreDialect } from './sql-backend.ts';

/**
 * 1 when every brand the mention matched is a competitor (shared/mention.ts isAboutCompetitorsOnly), else 0,
 * read from the stored doc of the mentions row in scope; the LIKE spares parsing the JSON of the many mentions
 * that name no competitor.
 */
export const aboutCompetitorsOnly = (dialect: StoreDialect) =>
  dialect === 'postgres'
    ? sql<number>`(case when doc like '%"competitor":true%' and jsonb_array_length(doc::jsonb -> 'matches') > 0 and not exists (select 1 from jsonb_array_elements(doc::jsonb -> 'matches') b where b ->> 'competitor' is distinct from 'true') then 1 else 0 end)`
    : sql<number>`(case when doc like '%"competitor":true%' and json_array_length(doc, '$.matches') > 0 and not exists (select 1 from json_each(doc, '$.matches') b where json_extract(b.value, '$.competitor') is not 1) then 1 else 0 end)`;

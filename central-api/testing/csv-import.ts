/** Sending CSV files to the import routes as a client would, and reading CSV exports back. */
import type { FastifyInstance } from 'fastify';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { sql } from 'drizzle-orm';
import { ImportReport } from '../../domain/api/imports.js';
import { ApiErrorBody } from '../../domain/api-error.js';
import type { Db } from '../db/database.js';

/** A CSV file from rows of cells (the first row is the header), quoted as a spreadsheet would. */
export const csvFile = (rows: readonly (readonly string[])[]) => stringify(rows.map((r) => [...r]));

export async function importCsv(
  app: FastifyInstance,
  auth: Record<string, string>,
  kind: 'people' | 'assets',
  csv: string,
  commit: boolean,
): Promise<{ status: number; report: ImportReport; message: string | null }> {
  const res = await app.inject({
    method: 'POST',
    url: `/imports/${kind}${commit ? '?commit=true' : ''}`,
    headers: { ...auth, 'content-type': 'text/csv' },
    payload: csv,
  });
  if (res.statusCode === 200) return { status: 200, report: ImportReport.parse(res.json()), message: null };
  const { error } = ApiErrorBody.parse(res.json());
  return { status: res.statusCode, report: ImportReport.parse(error.details), message: error.message };
}

export async function exportCsv(app: FastifyInstance, auth: Record<string, string>, table: string) {
  const res = await app.inject({ method: 'GET', url: `/exports/${table}`, headers: auth });
  if (res.statusCode !== 200) throw new Error(`export of ${table}: ${res.statusCode} ${res.body}`);
  return {
    text: res.body,
    rows: parse(res.body) as string[][],
    contentType: String(res.headers['content-type']),
  };
}

/** What an import could have changed: rows of the table, audit entries and change numbers. */
export async function footprint(db: Db, table: 'person' | 'asset') {
  const count = async (query: ReturnType<typeof sql>) =>
    Number(((await db.execute(query)) as unknown as { rows: { n: number | string }[] }).rows[0]!.n);
  return {
    rows: await count(sql`select count(*)::int as n from ${sql.identifier(table)}`),
    audit: await count(sql`select count(*)::int as n from audit_entry`),
    changes: await count(sql`select coalesce(max(seq), 0)::int as n from change_log`),
  };
}

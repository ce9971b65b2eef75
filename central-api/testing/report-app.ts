/** An app at REPORT_NOW on a database holding the report school, and a staff member to ask for reports. */
import { parse } from 'csv-parse/sync';
import { caller, type Caller } from './http.js';
import { REPORT_NOW, seedReportSchool, type ReportSchool } from './report-school.js';
import { startTestApp, type TestApp } from './test-app.js';
import type { DatabaseKind } from './test-databases.js';
import { signedInCast } from './test-people.js';

export type ReportApp = { t: TestApp; school: ReportSchool; staff: Caller; borrower: Caller };

export async function startReportApp(kind: DatabaseKind): Promise<ReportApp> {
  const t = await startTestApp(kind, { now: () => REPORT_NOW, settings: { timeZone: 'Europe/London' } });
  const school = await seedReportSchool(t.database.db);
  const cast = await signedInCast(t.app, t.database.db);
  return { t, school, staff: caller(t.app, cast.staff.auth), borrower: caller(t.app, cast.borrower.auth) };
}

/** GET a report as JSON, failing loudly on anything but 200. */
export async function getReport(staff: Caller, url: string): Promise<unknown> {
  const res = await staff.get(url);
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** GET a report as CSV and read it back with a CSV parser: the header row, then the records. */
export async function getCsv(staff: Caller, url: string): Promise<{ contentType: string; rows: string[][] }> {
  const res = await staff.get(url);
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return { contentType: String(res.headers['content-type']), rows: parse(res.body) as string[][] };
}

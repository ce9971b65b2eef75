/**
 * The SQL functions in db/functions are their one definition: the database must run exactly that text,
 * and a replica of an older release must not put its own version back.
 */
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../testing/test-databases.js';
import { rawRows } from './database.js';
import { applyDatabaseFunctions, functionFiles, functionsFolder } from './migrate.js';

type Defined = { name: string; body: string; settings: string[] };

/** The name, body (between the dollar quotes) and SET options of each CREATE FUNCTION in a file. */
function definitionsIn(text: string): Defined[] {
  const found = [...text.matchAll(/CREATE OR REPLACE FUNCTION (\w+)\((.*?)AS \$\$(.*?)\$\$;/gs)];
  return found.map(([, name, header, body]) => ({
    name: name!,
    body: body!,
    settings: [...header!.matchAll(/SET (\w+) = ([\w, ]+?)(?=\s+(?:SET |$))/g)].map(
      ([, key, value]) => `${key}=${value}`,
    ),
  }));
}

const defined = functionFiles.flatMap((file) =>
  definitionsIn(readFileSync(`${functionsFolder}/${file}`, 'utf8')),
);

describe.each(databaseKinds)('database functions on %s', (kind) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });

  const inDatabase = async (name: string) =>
    (await rawRows(
      database.db,
      sql`select prosrc as "body", coalesce(proconfig, '{}') as "settings" from pg_proc where proname = ${name}`,
    )) as { body: string; settings: string[] }[];

  it('are the files in db/functions, word for word', async () => {
    expect(defined.map((d) => d.name)).toEqual([
      'kitdesk_lending_facts',
      'kitdesk_regex_literal',
      'kitdesk_audit_is_redaction',
      'kitdesk_erase_from_audit',
      'kitdesk_grant_application_role',
    ]);
    for (const d of defined) {
      expect(await inDatabase(d.name)).toEqual([{ body: d.body, settings: d.settings }]);
    }
  });

  it('are left alone by a release that does not know the newest migration', async () => {
    const [facts] = defined;
    const changed = `${facts!.body}-- as a later release wrote it\n`;
    const redefine = (body: string) =>
      database.db.execute(
        sql.raw(readFileSync(`${functionsFolder}/lending-facts.sql`, 'utf8').replace(facts!.body, body)),
      );
    await redefine(changed);
    await database.db.execute(
      sql`insert into drizzle.__drizzle_migrations (hash, created_at)
          select 'a later release', max(created_at) + 1 from drizzle.__drizzle_migrations`,
    );
    await applyDatabaseFunctions(database.db);
    expect((await inDatabase(facts!.name))[0]?.body).toBe(changed);

    await database.db.execute(sql`delete from drizzle.__drizzle_migrations where hash = 'a later release'`);
    await applyDatabaseFunctions(database.db);
    expect((await inDatabase(facts!.name))[0]?.body).toBe(facts!.body);
  });
});

import { KitdeskError } from '../../domain/errors.js';

type PgError = { code: string; constraint?: string; detail?: string; table?: string };

/** The PostgreSQL error under drizzle's wrapper, whichever driver raised it. */
function pgErrorOf(err: unknown): PgError | null {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return e as PgError;
  }
  return null;
}

const uniqueMessages: Record<string, (detail: string) => string> = {
  credential_pkey: (d) =>
    `The code ${valueIn(d)} already belongs to another asset or person: barcode, RFID and QR values must be unique.`,
  allocation_pkey: () => 'A loan with this id was already recorded: it must not be recorded twice.',
  person_email_unique: () => 'Another person already has this email address: use a different one.',
  allocation_asset_line_open_asset_uq: () =>
    'An asset in this request went out on another loan at the same moment. Scan it again to see where it is.',
  allocation_item_line_open_item_uq: () =>
    'An accessory in this request is already on an open loan. Return it before lending it again.',
};

const camelCase = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * A unique value already taken. Which field of the request sent it is for the HTTP layer to say, as only
 * the request knows (a card number clashes on the credential table, whichever column carried it).
 */
export class UniqueValueClash extends KitdeskError {
  constructor(
    message: string,
    readonly constraint: string | undefined,
    readonly value: string | null,
  ) {
    super('conflict', message, { constraint });
  }
}

function valueIn(detail: string): string {
  const m = /=\((.*)\)/.exec(detail);
  return m ? `“${m[1]}”` : 'given';
}

/** Turn a constraint the database enforced into an error a person can act on; null when it is not one. */
export function kitdeskErrorOfDatabase(err: unknown): KitdeskError | null {
  const pg = pgErrorOf(err);
  if (!pg) return null;
  const detail = pg.detail ?? '';
  switch (pg.code) {
    case '23505': {
      const message = pg.constraint ? uniqueMessages[pg.constraint] : undefined;
      return new UniqueValueClash(
        message ? message(detail) : 'A record with these values already exists.',
        pg.constraint,
        /=\((.*)\)/.exec(detail)?.[1] ?? null,
      );
    }
    case '23503': {
      const missing = /Key \((\w+)\)=\(([^)]*)\) is not present in table "(\w+)"/.exec(detail);
      if (missing) {
        const message = `No ${missing[3]!.replaceAll('_', ' ')} has the id ${missing[2]} (${missing[1]}): choose one that exists.`;
        return new KitdeskError('validation_failed', message, {
          issues: [{ path: camelCase(missing[1]!), message }],
        });
      }
      const referenced = /is still referenced from table "(\w+)"/.exec(detail);
      return new KitdeskError(
        'conflict',
        `This record is still used by ${referenced ? referenced[1]!.replaceAll('_', ' ') : 'other'} records, so it cannot be removed.`,
      );
    }
    case '54000':
      return new KitdeskError(
        'validation_failed',
        'A value in the request is too large for the database to store or search: shorten it and try again.',
      );
    case '40001':
    case '40P01':
      return new KitdeskError('unavailable', 'The database was busy with a conflicting change. Try again.');
    default:
      return pg.code.startsWith('22') ? dataException(pg.code) : null;
  }
}

/**
 * PostgreSQL's class 22, a value it cannot take: the schemas at the edge refuse these first, so one that
 * gets this far still answers a sentence and 400 rather than a 500.
 */
function dataException(code: string): KitdeskError {
  const message = dataExceptionMessages[code] ?? 'A value in the request cannot be stored as it is.';
  return new KitdeskError('validation_failed', `${message} Correct it and try again.`);
}

const dataExceptionMessages: Record<string, string> = {
  '22021': 'A text value holds a character the database cannot store (a NUL byte, for one).',
  '22P05': 'A text value holds a character the database cannot store (a NUL byte, for one).',
  '22001': 'A text value is longer than the database allows.',
  '22003': 'A number is out of the range the database allows.',
  '22P02': 'A value is not in the form its field needs (an id that is not a UUID, for one).',
  '22007': 'A date or time is not in a form the database reads.',
  '22008': 'A date or time is out of the range the database allows.',
};

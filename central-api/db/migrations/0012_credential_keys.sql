-- Card and label codes are keys now (domain/credentials/credential-key.ts): trimmed and upper-cased, the
-- form the API's schema writes and every part compares, so a code typed in lower case finds its owner.
-- This brings the codes stored before to that form; the credential triggers of 0001 follow each change,
-- and the change log sends the rows to the kiosks again.
--
-- Two codes of different owners that differ only in case (a pupil's "ab12", a camera's "AB12") are one
-- key, and the credential table keeps a key unique, so they cannot both stay. Which one keeps it is for a
-- person to decide, not for this migration: when there is any such pair it changes nothing and stops with
-- an error naming every clashing code and its owners. The database stays as it was, so the previous
-- release still runs on it: change or clear one code of each pair there (on the staff screens, or with an
-- UPDATE of person or asset), then start this release again. One owner holding a code twice in two cases
-- (rfid "ab12", barcode "AB12") is no clash: it becomes one key of that owner.
--
-- upper() agrees with JavaScript's toUpperCase for the letters and digits codes are made of; the old
-- schema already trimmed codes, and btrim keeps the rule whole.
DO $$
DECLARE
  clashes text;
BEGIN
  WITH stored AS (
    SELECT 'person' AS owner_kind, p.id AS owner_id, p.name AS owner_name, c.code
    FROM person p CROSS JOIN LATERAL (VALUES (p.rfid), (p.barcode)) AS c(code)
    WHERE c.code IS NOT NULL
    UNION ALL
    SELECT 'asset', a.id, a.name, c.code
    FROM asset a CROSS JOIN LATERAL (VALUES (a.barcode), (a.rfid), (a.qr_code)) AS c(code)
    WHERE c.code IS NOT NULL
  ), clash AS (
    SELECT upper(btrim(code)) AS key,
           string_agg(format('"%s" of %s %s (%s)', code, owner_kind, owner_name, owner_id), ', '
                      ORDER BY code, owner_id) AS holders
    FROM stored
    GROUP BY upper(btrim(code))
    HAVING count(DISTINCT owner_id) > 1
  )
  SELECT string_agg(format('%s: %s', key, holders), '; ' ORDER BY key) INTO clashes FROM clash;
  IF clashes IS NOT NULL THEN
    RAISE EXCEPTION 'Card and label codes that differ only in case now count as one code, and these belong to different owners: %', clashes
      USING ERRCODE = 'unique_violation',
            HINT = 'Nothing was changed. Change or clear one code of each pair (the previous release still runs on this database), then start Kitdesk again.';
  END IF;
  UPDATE person SET rfid = upper(btrim(rfid)), barcode = upper(btrim(barcode))
  WHERE rfid <> upper(btrim(rfid)) OR barcode <> upper(btrim(barcode));
  UPDATE asset SET barcode = upper(btrim(barcode)), rfid = upper(btrim(rfid)), qr_code = upper(btrim(qr_code))
  WHERE barcode <> upper(btrim(barcode)) OR rfid <> upper(btrim(rfid)) OR qr_code <> upper(btrim(qr_code));
END $$;
--> statement-breakpoint
-- drizzle applies every pending migration in one transaction: the deferred change-log triggers of the rows
-- normalised above must fire now, or a later migration altering these tables fails ("pending trigger events").
SET CONSTRAINTS ALL IMMEDIATE;

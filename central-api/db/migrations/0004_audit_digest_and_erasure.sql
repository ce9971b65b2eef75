-- GDPR erasure and an append-only, hash-chained audit trail, reconciled.
--
-- Entries record people's names, emails and card numbers (in descriptions, and in before/after values).
-- Erasure must remove them, yet the chain must still verify. So the chain no longer hashes an entry's
-- description, before and after themselves, but `content_digest`: sha256 of those three and a random
-- per-entry `salt`. While an entry is intact, verification recomputes the digest from its content and
-- its salt, so any change to its content is still found. Erasure rewrites an entry's personal values,
-- deletes its salt (without it, the digest cannot confirm a guess at what was erased) and points
-- `redacted_by` at its own `person.erase` entry, which lists the digest of every rewritten content and
-- is itself sealed into the chain, so a rewritten entry stays tamper-evident through it.
--
-- The database allows exactly that rewrite and nothing else: an UPDATE of audit_entry must keep every
-- chained column as it was, clear the salt, and name a `person.erase` entry written in the same
-- transaction. Deletes and truncation stay refused.
--
-- Entries written before this migration are resealed under the new hash (the DO block below), and an
-- `audit.resealed` entry records the previous head of the chain, for anyone who kept it.
CREATE FUNCTION kitdesk_audit_content_digest(salt text, description text, before jsonb, after jsonb)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(salt, description, before, after)::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
DROP FUNCTION kitdesk_audit_hash(text, bigint, uuid, timestamptz, text, text, text, text, text, text[], text, jsonb, jsonb);
--> statement-breakpoint
CREATE FUNCTION kitdesk_audit_hash(
  prev_hash text, seq bigint, id uuid, at timestamptz, actor_kind text, actor_id text, action text,
  entity_type text, entity_id text, subjects text[], content_digest text
) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    prev_hash, seq, id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), actor_kind,
    actor_id, action, entity_type, entity_id, to_jsonb(subjects), content_digest
  )::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kitdesk_seal_audit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_seq bigint;
  last_hash text;
  new_salt text := gen_random_uuid()::text;
  digest text := kitdesk_audit_content_digest(new_salt, NEW.description, NEW.before, NEW.after);
BEGIN
  PERFORM pg_advisory_xact_lock(7316001);
  SELECT e.seq, e.hash INTO last_seq, last_hash FROM audit_entry e ORDER BY e.seq DESC LIMIT 1;
  last_seq := COALESCE(last_seq, 0) + 1;
  last_hash := COALESCE(last_hash, repeat('0', 64));
  INSERT INTO audit_entry (seq, id, at, actor_kind, actor_id, action, entity_type, entity_id, subjects,
                           description, before, after, salt, content_digest, prev_hash, hash)
  VALUES (last_seq, NEW.id, NEW.at, NEW.actor_kind, NEW.actor_id, NEW.action, NEW.entity_type,
          NEW.entity_id, NEW.subjects, NEW.description, NEW.before, NEW.after, new_salt, digest, last_hash,
          kitdesk_audit_hash(last_hash, last_seq, NEW.id, NEW.at, NEW.actor_kind, NEW.actor_id, NEW.action,
                             NEW.entity_type, NEW.entity_id, NEW.subjects, digest));
  DELETE FROM audit_pending WHERE id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION kitdesk_refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF NEW.redacted_by IS NOT NULL AND NEW.salt IS NULL
       AND (NEW.seq, NEW.id, NEW.at, NEW.actor_kind, NEW.actor_id, NEW.action, NEW.entity_type, NEW.entity_id,
            NEW.subjects, NEW.content_digest, NEW.prev_hash, NEW.hash)
           IS NOT DISTINCT FROM
           (OLD.seq, OLD.id, OLD.at, OLD.actor_kind, OLD.actor_id, OLD.action, OLD.entity_type, OLD.entity_id,
            OLD.subjects, OLD.content_digest, OLD.prev_hash, OLD.hash)
       AND EXISTS (SELECT 1 FROM audit_pending p WHERE p.id = NEW.redacted_by AND p.action = 'person.erase')
    THEN
      RETURN NEW;
    END IF;
    RAISE EXCEPTION 'The audit trail is append-only: an entry may only have personal data erased, by a person.erase entry of the same transaction.'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RAISE EXCEPTION 'The audit trail is append-only: % on audit_entry is not allowed.', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
DO $$
DECLARE
  entry record;
  prev text := repeat('0', 64);
  new_salt text;
  digest text;
  sealed text;
  previous_seq bigint;
  previous_hash text;
BEGIN
  SELECT e.seq, e.hash INTO previous_seq, previous_hash FROM audit_entry e ORDER BY e.seq DESC LIMIT 1;
  IF previous_seq IS NULL THEN
    RETURN;
  END IF;
  ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only;
  FOR entry IN SELECT * FROM audit_entry ORDER BY seq LOOP
    new_salt := gen_random_uuid()::text;
    digest := kitdesk_audit_content_digest(new_salt, entry.description, entry.before, entry.after);
    sealed := kitdesk_audit_hash(prev, entry.seq, entry.id, entry.at, entry.actor_kind, entry.actor_id,
                                 entry.action, entry.entity_type, entry.entity_id, entry.subjects, digest);
    UPDATE audit_entry SET salt = new_salt, content_digest = digest, prev_hash = prev, hash = sealed
     WHERE seq = entry.seq;
    prev := sealed;
  END LOOP;
  ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only;
  INSERT INTO audit_pending (id, actor_kind, action, entity_type, description, after)
  VALUES (gen_random_uuid(), 'system', 'audit.resealed', 'audit',
          'The audit trail was resealed so that personal data can be erased from it without breaking the chain.',
          jsonb_build_object('previousLatestSeq', previous_seq, 'previousLatestHash', previous_hash));
END $$;

-- Behaviour the database itself guarantees, whatever code writes to it:
--   * barcode, RFID and QR values are unique across assets and people (the credential table);
--   * every change to a mirrored row gets the next number of one server-wide sequence, in commit order;
--   * the audit trail is append-only and hash-chained.
-- Commit order matters for sync: numbers are handed out by commit-time (deferred) triggers under one
-- transaction-scoped advisory lock, the "journal lock" (key 7316001), held until the commit is visible.
-- So a kiosk that has seen change N has also seen every change below N.

INSERT INTO "role" ("id", "description") VALUES
  ('admin', 'Manages people, kiosks and settings; also holds every staff permission'),
  ('staff', 'Runs the return desk: lends, returns, overrides and keeps the catalogue'),
  ('borrower', 'Borrows equipment; may see their own account'),
  ('kiosk', 'An enrolled self-service kiosk: pulls the catalogue and pushes loans and returns');
--> statement-breakpoint
CREATE FUNCTION kitdesk_sync_credentials() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM credential WHERE owner_id = OLD.id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    INSERT INTO credential (code, owner_kind, owner_id)
    SELECT DISTINCT v, TG_ARGV[0], NEW.id
    FROM (SELECT to_jsonb(NEW) ->> col AS v FROM unnest(TG_ARGV[1:]) AS col) AS codes
    WHERE v IS NOT NULL;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER person_credentials AFTER INSERT OR DELETE OR UPDATE OF rfid, barcode ON person
  FOR EACH ROW EXECUTE FUNCTION kitdesk_sync_credentials('person', 'rfid', 'barcode');
--> statement-breakpoint
CREATE TRIGGER asset_credentials AFTER INSERT OR DELETE OR UPDATE OF barcode, rfid, qr_code ON asset
  FOR EACH ROW EXECUTE FUNCTION kitdesk_sync_credentials('asset', 'barcode', 'rfid', 'qr_code');
--> statement-breakpoint
CREATE SEQUENCE change_seq AS bigint;
--> statement-breakpoint
CREATE FUNCTION kitdesk_record_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  next_seq bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(7316001);
  next_seq := nextval('change_seq');
  INSERT INTO change_log (table_name, row_id, seq, op)
  VALUES (
    TG_ARGV[0],
    CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END,
    next_seq,
    CASE WHEN TG_OP = 'DELETE' THEN 'delete' ELSE 'upsert' END
  )
  ON CONFLICT (table_name, row_id) DO UPDATE SET seq = EXCLUDED.seq, op = EXCLUDED.op;
  PERFORM pg_notify('kitdesk_changes', next_seq::text);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER person_change AFTER INSERT OR UPDATE OR DELETE ON person
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kitdesk_record_change('person');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER asset_change AFTER INSERT OR UPDATE OR DELETE ON asset
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kitdesk_record_change('asset');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER asset_group_change AFTER INSERT OR UPDATE OR DELETE ON asset_group
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kitdesk_record_change('group');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER group_item_change AFTER INSERT OR UPDATE OR DELETE ON group_item
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kitdesk_record_change('groupItem');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER location_change AFTER INSERT OR UPDATE OR DELETE ON location
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kitdesk_record_change('location');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER asset_type_change AFTER INSERT OR UPDATE OR DELETE ON asset_type
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kitdesk_record_change('assetType');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER disposal_type_change AFTER INSERT OR UPDATE OR DELETE ON disposal_type
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kitdesk_record_change('disposalType');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER allocation_change AFTER INSERT OR UPDATE OR DELETE ON allocation
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kitdesk_record_change('allocation');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER allocation_asset_line_change AFTER INSERT OR UPDATE OR DELETE ON allocation_asset_line
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kitdesk_record_change('allocationAssetLine');
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER allocation_item_line_change AFTER INSERT OR UPDATE OR DELETE ON allocation_item_line
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kitdesk_record_change('allocationItemLine');
--> statement-breakpoint
-- The hash covers every field of the entry and the previous entry's hash. jsonb renders one value one way,
-- and the timestamp is formatted in UTC, so the same entry always hashes the same on any server.
CREATE FUNCTION kitdesk_audit_hash(
  prev_hash text, seq bigint, id uuid, at timestamptz, actor_kind text, actor_id text, action text,
  entity_type text, entity_id text, subjects text[], description text, before jsonb, after jsonb
) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    prev_hash, seq, id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), actor_kind,
    actor_id, action, entity_type, entity_id, to_jsonb(subjects), description, before, after
  )::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
CREATE FUNCTION kitdesk_seal_audit() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  last_seq bigint;
  last_hash text;
BEGIN
  PERFORM pg_advisory_xact_lock(7316001);
  SELECT e.seq, e.hash INTO last_seq, last_hash FROM audit_entry e ORDER BY e.seq DESC LIMIT 1;
  last_seq := COALESCE(last_seq, 0) + 1;
  last_hash := COALESCE(last_hash, repeat('0', 64));
  INSERT INTO audit_entry (seq, id, at, actor_kind, actor_id, action, entity_type, entity_id, subjects,
                           description, before, after, prev_hash, hash)
  VALUES (last_seq, NEW.id, NEW.at, NEW.actor_kind, NEW.actor_id, NEW.action, NEW.entity_type,
          NEW.entity_id, NEW.subjects, NEW.description, NEW.before, NEW.after, last_hash,
          kitdesk_audit_hash(last_hash, last_seq, NEW.id, NEW.at, NEW.actor_kind, NEW.actor_id, NEW.action,
                             NEW.entity_type, NEW.entity_id, NEW.subjects, NEW.description, NEW.before,
                             NEW.after));
  DELETE FROM audit_pending WHERE id = NEW.id;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER audit_pending_seal AFTER INSERT ON audit_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION kitdesk_seal_audit();
--> statement-breakpoint
CREATE FUNCTION kitdesk_refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'The audit trail is append-only: % on audit_entry is not allowed.', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION kitdesk_refuse_audit_change();
--> statement-breakpoint
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION kitdesk_refuse_audit_change();

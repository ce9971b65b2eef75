-- Only the erasure itself may write an erasure record. Migration 0004 lets an audit entry be rewritten
-- when a `person.erase` entry of the same transaction is pending; but the application's database user
-- could write such an entry itself and rewrite anything under it. Now a `person.erase` entry may only be
-- written by the owner of the audit tables, that is through `kitdesk_erase_from_audit`
-- (functions/audit-erasure.sql), a SECURITY DEFINER function that checks each rewrite only takes the
-- erased person's values out. The application's own role (`kitdesk_grant_application_role`,
-- functions/application-role.sql) may read audit_entry and add to audit_pending, nothing more, so the
-- sealing trigger runs as the owner too.
--
-- On PGlite, and wherever the application connects as the tables' owner, the owner is the application:
-- these checks then catch a mistake in our own code, not a user who means harm (the owner can disable
-- triggers).
ALTER FUNCTION kitdesk_seal_audit() SECURITY DEFINER SET search_path = public, pg_temp;
--> statement-breakpoint
CREATE FUNCTION kitdesk_refuse_forged_erasure() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF current_user <> (SELECT pg_get_userbyid(c.relowner) FROM pg_class c WHERE c.oid = TG_RELID)
     AND NOT (SELECT r.rolsuper FROM pg_roles r WHERE r.rolname = current_user) THEN
    RAISE EXCEPTION 'Only an erasure (kitdesk_erase_from_audit) may record a person.erase entry in the audit trail.'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
-- Only for erasure entries, so the entries of every other commit cost nothing more.
CREATE TRIGGER audit_pending_erasure_by_owner BEFORE INSERT OR UPDATE ON audit_pending
  FOR EACH ROW WHEN (NEW.action = 'person.erase') EXECUTE FUNCTION kitdesk_refuse_forged_erasure();

-- Access tokens live fifteen minutes, but what a person may do is judged at every request from their
-- row (central-api/auth/current-access.ts), cached for a second by each API replica. This NOTIFY tells
-- every replica, at commit, to forget what it cached about a person whose right to sign in or roles
-- changed, whichever code path or replica changed them.
CREATE FUNCTION kitdesk_notify_access_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('kitdesk_access', OLD.id::text);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER person_access_changed AFTER UPDATE OF can_log_in, staff, is_admin, erased_at, password_hash
  ON person FOR EACH ROW
  WHEN ((OLD.can_log_in, OLD.staff, OLD.is_admin, OLD.erased_at, OLD.password_hash IS NULL)
        IS DISTINCT FROM (NEW.can_log_in, NEW.staff, NEW.is_admin, NEW.erased_at, NEW.password_hash IS NULL))
  EXECUTE FUNCTION kitdesk_notify_access_change();
--> statement-breakpoint
CREATE TRIGGER person_access_removed AFTER DELETE ON person
  FOR EACH ROW EXECUTE FUNCTION kitdesk_notify_access_change();

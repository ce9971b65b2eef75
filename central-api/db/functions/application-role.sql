-- kitdesk_grant_application_role: what the API's own database role may do, for a deployment where it
-- connects as a role other than the tables' owner (README, "How erasure and the append-only audit trail
-- fit together"). Everything on the application's tables, except that the audit trail is read and added
-- to only: no update, delete or truncation of audit_entry or audit_pending, whose rows the owner's
-- functions seal and rewrite. Run it as the owner after every migration, which may add tables. This file
-- is its one definition (see lending-facts.sql for how these files are applied).
CREATE OR REPLACE FUNCTION kitdesk_grant_application_role(app_role name) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app_role);
  EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %I', app_role);
  EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %I', app_role);
  EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON audit_entry FROM %I', app_role);
  EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_pending FROM %I', app_role);
END $$;

-- kitdesk_lending_facts is defined in one place, central-api/db/functions/lending-facts.sql, applied after
-- the migrations (migrate.ts); its earlier bodies lived here.
SELECT 1;

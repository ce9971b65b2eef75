-- The commit-time triggers and the lending facts look rows up by key, and their plans are kept for the
-- life of a connection. A plan made while a table was small or freshly emptied could read the table
-- from end to end instead: audit_pending holds only the entries of commits in flight, but its dead rows
-- pile up between vacuums, and a seal that scanned them slowed every commit of the school, since it
-- runs under the journal lock. Every statement in these functions has an index to use; they must use it.
ALTER FUNCTION kitdesk_seal_audit() SET enable_seqscan = off;--> statement-breakpoint
ALTER FUNCTION kitdesk_record_change() SET enable_seqscan = off;

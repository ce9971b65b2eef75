-- The GIN index of audit subjects kept a pending list of new entries (fastupdate). The insert that fills
-- it moves the whole list into the index, and that insert is the commit-time seal of an audit entry, made
-- under the journal lock: every commit in the school waited for it, for up to seconds. Without the list,
-- each entry costs its few index insertions at once.
ALTER INDEX "audit_entry_subjects_idx" SET (fastupdate = off);--> statement-breakpoint
SELECT gin_clean_pending_list('audit_entry_subjects_idx');

-- A reminder a member of staff sends by hand first looks up the loan's last overdue reminder, to refuse a
-- second click: by loan, newest first, without reading the whole email log.
CREATE INDEX "email_log_allocation_idx" ON "email_log" USING btree ("allocation_id","sent_at");
-- A search of people finds part of a name, email, year group or school, which a b-tree cannot serve: one
-- trigram index over the four (the expression of personSearchText in schema/people.ts) can, and with the
-- card columns indexed too a search of 20,000 people is answered from indexes (pg_trgm: migration 0016).
CREATE INDEX "person_search_trgm_idx" ON "person" USING gin (lower(coalesce("name", '') || ' ' || coalesce("email", '') || ' ' || coalesce("department", '') || ' ' || coalesce("school", '')) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "person_rfid_idx" ON "person" USING btree ("rfid");--> statement-breakpoint
CREATE INDEX "person_barcode_idx" ON "person" USING btree ("barcode");
-- Trigram matching for the asset search box; a trusted extension, so the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "asset_name_trgm_idx" ON "asset" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "asset_serial_number_trgm_idx" ON "asset" USING gin ("serial_number" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "asset_manufacturer_trgm_idx" ON "asset" USING gin ("manufacturer" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "asset_model_id_trgm_idx" ON "asset" USING gin ("model_id" gin_trgm_ops);
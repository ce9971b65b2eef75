-- kitdesk_lending_facts read every open loan line of the school to find those of the scanned assets: its
-- generic plans were made once per connection, often while the line tables were still small, and a
-- hash join over the open lines grew with every loan. Now every look-up is by a key an index holds (the
-- asset, the accessory, the borrower's allocations), so no plan can do worse than a few index probes.
CREATE INDEX "allocation_asset_line_open_allocation_idx" ON "allocation_asset_line" USING btree ("allocation_id") WHERE "allocation_asset_line"."returned_at" is null;--> statement-breakpoint
CREATE INDEX "allocation_item_line_open_allocation_idx" ON "allocation_item_line" USING btree ("allocation_id") WHERE "allocation_item_line"."returned_at" is null;
-- kitdesk_lending_facts is defined in one place, central-api/db/functions/lending-facts.sql, applied after
-- the migrations (migrate.ts); its earlier bodies lived here.

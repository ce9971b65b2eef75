ALTER TABLE "asset" DROP CONSTRAINT "asset_allocation_id_allocation_id_fk";
--> statement-breakpoint
ALTER TABLE "asset" DROP COLUMN "allocation_id";
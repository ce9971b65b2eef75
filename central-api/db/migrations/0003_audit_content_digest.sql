ALTER TABLE "audit_entry" ADD COLUMN "salt" text;--> statement-breakpoint
ALTER TABLE "audit_entry" ADD COLUMN "content_digest" text;--> statement-breakpoint
ALTER TABLE "audit_entry" ADD COLUMN "redacted_by" uuid;
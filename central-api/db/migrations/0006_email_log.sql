CREATE TABLE "email_log" (
	"id" uuid PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"allocation_id" uuid,
	"person_id" uuid NOT NULL,
	"recipient" text,
	"subject" text NOT NULL,
	"message_id" text,
	"sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "email_log_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE INDEX "email_log_person_idx" ON "email_log" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "email_log_sent_idx" ON "email_log" USING btree ("sent_at");
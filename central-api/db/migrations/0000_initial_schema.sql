CREATE TABLE "person" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"department" text,
	"school" text,
	"lend" boolean DEFAULT true NOT NULL,
	"staff" boolean DEFAULT false NOT NULL,
	"is_admin" boolean DEFAULT false NOT NULL,
	"can_log_in" boolean DEFAULT false NOT NULL,
	"rfid" text,
	"barcode" text,
	"left_at" date,
	"erased_at" timestamp with time zone,
	"password_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "role" (
	"id" text PRIMARY KEY NOT NULL,
	"description" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asset_type" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"loan_period_hours" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "disposal_type" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "location" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"area" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asset" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid,
	"allocation_id" uuid,
	"location_id" uuid,
	"home_location_id" uuid,
	"barcode" text,
	"rfid" text,
	"qr_code" text,
	"picture_key" text,
	"name" text NOT NULL,
	"serial_number" text,
	"model_id" text,
	"description" text,
	"manufacturer" text,
	"colour" text,
	"purchase_date" date,
	"purchase_supplier" text,
	"warranty_details" text,
	"estimated_value_pence" integer,
	"disposal_date" date,
	"disposal_reason" text,
	"disposal_type_id" uuid,
	"high_value" boolean,
	"cannot_lend" boolean DEFAULT false NOT NULL,
	"owner_id" uuid,
	"asset_type_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "asset_group" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "credential" (
	"code" text PRIMARY KEY NOT NULL,
	"owner_kind" text NOT NULL,
	"owner_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "group_item" (
	"id" uuid PRIMARY KEY NOT NULL,
	"group_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "allocation" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"out_at" timestamp with time zone NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"returned_at" timestamp with time zone,
	"kiosk_id" uuid,
	"override_by_id" uuid,
	"override_reason" text
);
--> statement-breakpoint
CREATE TABLE "allocation_asset_line" (
	"id" uuid PRIMARY KEY NOT NULL,
	"allocation_id" uuid NOT NULL,
	"asset_id" uuid NOT NULL,
	"returned_at" timestamp with time zone,
	"returned_to_location_id" uuid,
	"condition_note" text
);
--> statement-breakpoint
CREATE TABLE "allocation_item_line" (
	"id" uuid PRIMARY KEY NOT NULL,
	"allocation_id" uuid NOT NULL,
	"group_item_id" uuid NOT NULL,
	"returned_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "kiosk" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"location_id" uuid,
	"enrolment_code_hash" text,
	"enrolment_expires_at" timestamp with time zone,
	"token_hash" text,
	"enrolled_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "kiosk_enrolment_code_hash_unique" UNIQUE("enrolment_code_hash"),
	CONSTRAINT "kiosk_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "refresh_token" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "refresh_token_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "signing_key" (
	"id" text PRIMARY KEY NOT NULL,
	"secret" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "audit_entry" (
	"seq" bigint PRIMARY KEY NOT NULL,
	"id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"subjects" text[] DEFAULT '{}' NOT NULL,
	"description" text NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_entry_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "audit_pending" (
	"id" uuid PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_kind" text NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text,
	"subjects" text[] DEFAULT '{}' NOT NULL,
	"description" text NOT NULL,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "change_log" (
	"table_name" text NOT NULL,
	"row_id" uuid NOT NULL,
	"seq" bigint NOT NULL,
	"op" text NOT NULL,
	CONSTRAINT "change_log_table_name_row_id_pk" PRIMARY KEY("table_name","row_id"),
	CONSTRAINT "change_log_seq_unique" UNIQUE("seq")
);
--> statement-breakpoint
CREATE TABLE "kiosk_event" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"kiosk_id" uuid NOT NULL,
	"kiosk_seq" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"reasons" jsonb,
	"message" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "asset" ADD CONSTRAINT "asset_group_id_asset_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."asset_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset" ADD CONSTRAINT "asset_allocation_id_allocation_id_fk" FOREIGN KEY ("allocation_id") REFERENCES "public"."allocation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset" ADD CONSTRAINT "asset_location_id_location_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."location"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset" ADD CONSTRAINT "asset_home_location_id_location_id_fk" FOREIGN KEY ("home_location_id") REFERENCES "public"."location"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset" ADD CONSTRAINT "asset_disposal_type_id_disposal_type_id_fk" FOREIGN KEY ("disposal_type_id") REFERENCES "public"."disposal_type"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset" ADD CONSTRAINT "asset_owner_id_person_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "asset" ADD CONSTRAINT "asset_asset_type_id_asset_type_id_fk" FOREIGN KEY ("asset_type_id") REFERENCES "public"."asset_type"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_item" ADD CONSTRAINT "group_item_group_id_asset_group_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."asset_group"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation" ADD CONSTRAINT "allocation_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation" ADD CONSTRAINT "allocation_kiosk_id_kiosk_id_fk" FOREIGN KEY ("kiosk_id") REFERENCES "public"."kiosk"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation" ADD CONSTRAINT "allocation_override_by_id_person_id_fk" FOREIGN KEY ("override_by_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_asset_line" ADD CONSTRAINT "allocation_asset_line_allocation_id_allocation_id_fk" FOREIGN KEY ("allocation_id") REFERENCES "public"."allocation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_asset_line" ADD CONSTRAINT "allocation_asset_line_asset_id_asset_id_fk" FOREIGN KEY ("asset_id") REFERENCES "public"."asset"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_asset_line" ADD CONSTRAINT "allocation_asset_line_returned_to_location_id_location_id_fk" FOREIGN KEY ("returned_to_location_id") REFERENCES "public"."location"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_item_line" ADD CONSTRAINT "allocation_item_line_allocation_id_allocation_id_fk" FOREIGN KEY ("allocation_id") REFERENCES "public"."allocation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allocation_item_line" ADD CONSTRAINT "allocation_item_line_group_item_id_group_item_id_fk" FOREIGN KEY ("group_item_id") REFERENCES "public"."group_item"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "kiosk" ADD CONSTRAINT "kiosk_location_id_location_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."location"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "refresh_token" ADD CONSTRAINT "refresh_token_person_id_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."person"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_name_idx" ON "person" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "asset_group_idx" ON "asset" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "asset_location_idx" ON "asset" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "asset_type_idx" ON "asset" USING btree ("asset_type_id");--> statement-breakpoint
CREATE INDEX "asset_name_idx" ON "asset" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "credential_owner_idx" ON "credential" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "group_item_group_idx" ON "group_item" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "allocation_person_idx" ON "allocation" USING btree ("person_id") WHERE "allocation"."returned_at" is null;--> statement-breakpoint
CREATE INDEX "allocation_asset_line_allocation_idx" ON "allocation_asset_line" USING btree ("allocation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "allocation_asset_line_open_asset_uq" ON "allocation_asset_line" USING btree ("asset_id") WHERE "allocation_asset_line"."returned_at" is null;--> statement-breakpoint
CREATE INDEX "allocation_item_line_allocation_idx" ON "allocation_item_line" USING btree ("allocation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "allocation_item_line_open_item_uq" ON "allocation_item_line" USING btree ("group_item_id") WHERE "allocation_item_line"."returned_at" is null;--> statement-breakpoint
CREATE INDEX "refresh_token_person_idx" ON "refresh_token" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "audit_entry_entity_idx" ON "audit_entry" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "audit_entry_subjects_idx" ON "audit_entry" USING gin ("subjects");--> statement-breakpoint
CREATE INDEX "kiosk_event_kiosk_idx" ON "kiosk_event" USING btree ("kiosk_id","kiosk_seq");
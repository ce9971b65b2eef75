CREATE TABLE `allocations` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `allocations_person` ON `allocations` (`person_id`);--> statement-breakpoint
CREATE TABLE `assets` (
	`id` text PRIMARY KEY NOT NULL,
	`group_id` text,
	`name` text NOT NULL,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `assets_group` ON `assets` (`group_id`);--> statement-breakpoint
CREATE TABLE `conflicts` (
	`id` text PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`summary` text NOT NULL,
	`message` text NOT NULL,
	`reasons` text NOT NULL,
	`status` text NOT NULL,
	`resolution` text
);
--> statement-breakpoint
CREATE TABLE `credentials` (
	`code` text PRIMARY KEY NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `credentials_entity` ON `credentials` (`entity_id`);--> statement-breakpoint
CREATE TABLE `device_config` (
	`id` integer PRIMARY KEY NOT NULL,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `group_items` (
	`id` text PRIMARY KEY NOT NULL,
	`group_id` text NOT NULL,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `group_items_group` ON `group_items` (`group_id`);--> statement-breakpoint
CREATE TABLE `loan_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`allocation_id` text NOT NULL,
	`kind` text NOT NULL,
	`target_id` text NOT NULL,
	`returned_at` text,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `loan_lines_target` ON `loan_lines` (`target_id`);--> statement-breakpoint
CREATE INDEX `loan_lines_allocation` ON `loan_lines` (`allocation_id`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`seq` integer PRIMARY KEY NOT NULL,
	`event_id` text NOT NULL,
	`at` text NOT NULL,
	`kind` text NOT NULL,
	`payload` text NOT NULL,
	`summary` text NOT NULL,
	`status` text NOT NULL,
	`answered_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_event` ON `outbox` (`event_id`);--> statement-breakpoint
CREATE INDEX `outbox_status` ON `outbox` (`status`);--> statement-breakpoint
CREATE TABLE `pending_lines` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`event_seq` integer NOT NULL,
	`direction` text NOT NULL,
	`kind` text NOT NULL,
	`target_id` text NOT NULL,
	`allocation_id` text,
	`person_id` text,
	`due_at` text
);
--> statement-breakpoint
CREATE INDEX `pending_lines_target` ON `pending_lines` (`target_id`);--> statement-breakpoint
CREATE INDEX `pending_lines_event` ON `pending_lines` (`event_seq`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `reference_rows` (
	`id` text PRIMARY KEY NOT NULL,
	`table_name` text NOT NULL,
	`data` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`api_url` text,
	`kiosk_id` text,
	`kiosk_name` text,
	`location_id` text,
	`token` text,
	`cursor` integer DEFAULT 0 NOT NULL,
	`event_counter` integer DEFAULT 0 NOT NULL,
	`last_sync_at` text,
	`offline_since` text,
	`policy` text
);

ALTER TABLE `conflicts` ADD `recorded_at` text;--> statement-breakpoint
ALTER TABLE `conflicts` ADD `borrower` text;--> statement-breakpoint
ALTER TABLE `conflicts` ADD `assets` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `conflicts` ADD `standing` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `conflicts` ADD `resolved_by` text;--> statement-breakpoint
ALTER TABLE `conflicts` ADD `resolved_at` text;
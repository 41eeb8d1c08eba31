import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`articles_created_by_idx\` ON \`articles\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_by_idx\` ON \`articles\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_by_idx\` ON \`_articles_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_by_idx\` ON \`_articles_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`services_created_by_idx\` ON \`services\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`services_updated_by_idx\` ON \`services\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_created_by_idx\` ON \`_services_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_updated_by_idx\` ON \`_services_v\` (\`version_updated_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`quote_id\` integer,
  	\`reviewed_by_id\` integer,
  	\`last_reviewed_at\` text,
  	\`review_interval_days\` numeric DEFAULT 365,
  	\`review_due_at\` text,
  	\`review_status\` text DEFAULT 'awaiting-review',
  	\`claim_check_override_reason\` text,
  	\`medical_disclaimer\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`review_request_status\` text,
  	\`review_request_requested_by_id\` integer,
  	\`review_request_requested_by_name\` text,
  	\`review_request_requested_at\` text,
  	\`review_request_publish_at\` text,
  	\`review_request_comment\` text,
  	\`review_request_comment_by_name\` text,
  	\`review_request_comment_at\` text,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`quote_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_request_requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "summary", "body", "quote_id", "reviewed_by_id", "last_reviewed_at", "review_interval_days", "review_due_at", "review_status", "claim_check_override_reason", "medical_disclaimer", "meta_title", "meta_description", "meta_image_id", "generate_slug", "slug", "review_request_status", "review_request_requested_by_id", "review_request_requested_by_name", "review_request_requested_at", "review_request_publish_at", "review_request_comment", "review_request_comment_by_name", "review_request_comment_at", "published_at", "updated_at", "created_at", "_status") SELECT "id", "title", "summary", "body", "quote_id", "reviewed_by_id", "last_reviewed_at", "review_interval_days", "review_due_at", "review_status", "claim_check_override_reason", "medical_disclaimer", "meta_title", "meta_description", "meta_image_id", "generate_slug", "slug", "review_request_status", "review_request_requested_by_id", "review_request_requested_by_name", "review_request_requested_at", "review_request_publish_at", "review_request_comment", "review_request_comment_by_name", "review_request_comment_at", "published_at", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_quote_idx\` ON \`articles\` (\`quote_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_reviewed_by_idx\` ON \`articles\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_due_at_idx\` ON \`articles\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_status_idx\` ON \`articles\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_request_review_request_requested_by_idx\` ON \`articles\` (\`review_request_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_quote_id\` integer,
  	\`version_reviewed_by_id\` integer,
  	\`version_last_reviewed_at\` text,
  	\`version_review_interval_days\` numeric DEFAULT 365,
  	\`version_review_due_at\` text,
  	\`version_review_status\` text DEFAULT 'awaiting-review',
  	\`version_claim_check_override_reason\` text,
  	\`version_medical_disclaimer\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_review_request_status\` text,
  	\`version_review_request_requested_by_id\` integer,
  	\`version_review_request_requested_by_name\` text,
  	\`version_review_request_requested_at\` text,
  	\`version_review_request_publish_at\` text,
  	\`version_review_request_comment\` text,
  	\`version_review_request_comment_by_name\` text,
  	\`version_review_request_comment_at\` text,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_quote_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_request_requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_summary", "version_body", "version_quote_id", "version_reviewed_by_id", "version_last_reviewed_at", "version_review_interval_days", "version_review_due_at", "version_review_status", "version_claim_check_override_reason", "version_medical_disclaimer", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_generate_slug", "version_slug", "version_review_request_status", "version_review_request_requested_by_id", "version_review_request_requested_by_name", "version_review_request_requested_at", "version_review_request_publish_at", "version_review_request_comment", "version_review_request_comment_by_name", "version_review_request_comment_at", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_summary", "version_body", "version_quote_id", "version_reviewed_by_id", "version_last_reviewed_at", "version_review_interval_days", "version_review_due_at", "version_review_status", "version_claim_check_override_reason", "version_medical_disclaimer", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_generate_slug", "version_slug", "version_review_request_status", "version_review_request_requested_by_id", "version_review_request_requested_by_name", "version_review_request_requested_at", "version_review_request_publish_at", "version_review_request_comment", "version_review_request_comment_by_name", "version_review_request_comment_at", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_quote_idx\` ON \`_articles_v\` (\`version_quote_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_reviewed_by_idx\` ON \`_articles_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_due_at_idx\` ON \`_articles_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_status_idx\` ON \`_articles_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_review_request_version_review_reques_idx\` ON \`_articles_v\` (\`version_review_request_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_services\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`course_typical_sessions\` numeric,
  	\`course_cadence\` text,
  	\`reviewed_by_id\` integer,
  	\`last_reviewed_at\` text,
  	\`review_interval_days\` numeric DEFAULT 365,
  	\`review_due_at\` text,
  	\`review_status\` text DEFAULT 'awaiting-review',
  	\`claim_check_override_reason\` text,
  	\`medical_disclaimer\` text,
  	\`meta_title\` text,
  	\`meta_description\` text,
  	\`meta_image_id\` integer,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`review_request_status\` text,
  	\`review_request_requested_by_id\` integer,
  	\`review_request_requested_by_name\` text,
  	\`review_request_requested_at\` text,
  	\`review_request_publish_at\` text,
  	\`review_request_comment\` text,
  	\`review_request_comment_by_name\` text,
  	\`review_request_comment_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_request_requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_services\`("id", "name", "summary", "description", "course_typical_sessions", "course_cadence", "reviewed_by_id", "last_reviewed_at", "review_interval_days", "review_due_at", "review_status", "claim_check_override_reason", "medical_disclaimer", "meta_title", "meta_description", "meta_image_id", "generate_slug", "slug", "review_request_status", "review_request_requested_by_id", "review_request_requested_by_name", "review_request_requested_at", "review_request_publish_at", "review_request_comment", "review_request_comment_by_name", "review_request_comment_at", "updated_at", "created_at", "_status") SELECT "id", "name", "summary", "description", "course_typical_sessions", "course_cadence", "reviewed_by_id", "last_reviewed_at", "review_interval_days", "review_due_at", "review_status", "claim_check_override_reason", "medical_disclaimer", "meta_title", "meta_description", "meta_image_id", "generate_slug", "slug", "review_request_status", "review_request_requested_by_id", "review_request_requested_by_name", "review_request_requested_at", "review_request_publish_at", "review_request_comment", "review_request_comment_by_name", "review_request_comment_at", "updated_at", "created_at", "_status" FROM \`services\`;`)
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`ALTER TABLE \`__new_services\` RENAME TO \`services\`;`)
  await db.run(sql`CREATE INDEX \`services_reviewed_by_idx\` ON \`services\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`services_review_due_at_idx\` ON \`services\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`services_review_status_idx\` ON \`services\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`services_meta_meta_image_idx\` ON \`services\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`services_slug_idx\` ON \`services\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`services_review_request_review_request_requested_by_idx\` ON \`services\` (\`review_request_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`services__status_idx\` ON \`services\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__services_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_course_typical_sessions\` numeric,
  	\`version_course_cadence\` text,
  	\`version_reviewed_by_id\` integer,
  	\`version_last_reviewed_at\` text,
  	\`version_review_interval_days\` numeric DEFAULT 365,
  	\`version_review_due_at\` text,
  	\`version_review_status\` text DEFAULT 'awaiting-review',
  	\`version_claim_check_override_reason\` text,
  	\`version_medical_disclaimer\` text,
  	\`version_meta_title\` text,
  	\`version_meta_description\` text,
  	\`version_meta_image_id\` integer,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_review_request_status\` text,
  	\`version_review_request_requested_by_id\` integer,
  	\`version_review_request_requested_by_name\` text,
  	\`version_review_request_requested_at\` text,
  	\`version_review_request_publish_at\` text,
  	\`version_review_request_comment\` text,
  	\`version_review_request_comment_by_name\` text,
  	\`version_review_request_comment_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_request_requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__services_v\`("id", "parent_id", "version_name", "version_summary", "version_description", "version_course_typical_sessions", "version_course_cadence", "version_reviewed_by_id", "version_last_reviewed_at", "version_review_interval_days", "version_review_due_at", "version_review_status", "version_claim_check_override_reason", "version_medical_disclaimer", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_generate_slug", "version_slug", "version_review_request_status", "version_review_request_requested_by_id", "version_review_request_requested_by_name", "version_review_request_requested_at", "version_review_request_publish_at", "version_review_request_comment", "version_review_request_comment_by_name", "version_review_request_comment_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_name", "version_summary", "version_description", "version_course_typical_sessions", "version_course_cadence", "version_reviewed_by_id", "version_last_reviewed_at", "version_review_interval_days", "version_review_due_at", "version_review_status", "version_claim_check_override_reason", "version_medical_disclaimer", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_generate_slug", "version_slug", "version_review_request_status", "version_review_request_requested_by_id", "version_review_request_requested_by_name", "version_review_request_requested_at", "version_review_request_publish_at", "version_review_request_comment", "version_review_request_comment_by_name", "version_review_request_comment_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_services_v\`;`)
  await db.run(sql`DROP TABLE \`_services_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__services_v\` RENAME TO \`_services_v\`;`)
  await db.run(sql`CREATE INDEX \`_services_v_parent_idx\` ON \`_services_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_reviewed_by_idx\` ON \`_services_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_review_due_at_idx\` ON \`_services_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_review_status_idx\` ON \`_services_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_meta_version_meta_image_idx\` ON \`_services_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_slug_idx\` ON \`_services_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_review_request_version_review_reques_idx\` ON \`_services_v\` (\`version_review_request_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_updated_at_idx\` ON \`_services_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_created_at_idx\` ON \`_services_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version__status_idx\` ON \`_services_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_created_at_idx\` ON \`_services_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_updated_at_idx\` ON \`_services_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_latest_idx\` ON \`_services_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_autosave_idx\` ON \`_services_v\` (\`autosave\`);`)
}

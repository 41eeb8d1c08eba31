import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  // Edited by hand: drizzle copied the new medical_disclaimer and _status columns from the old
  // clinic_info table, which has neither. Clinic-info saved before drafts existed was live, so
  // it starts out published.
  await db.run(sql`CREATE TABLE \`articles_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`doi\` text,
  	\`accessed_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_citations_order_idx\` ON \`articles_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_citations_parent_id_idx\` ON \`articles_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`doi\` text,
  	\`accessed_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_citations_order_idx\` ON \`_articles_v_version_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_citations_parent_id_idx\` ON \`_articles_v_version_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`doi\` text,
  	\`accessed_at\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_citations_order_idx\` ON \`services_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_citations_parent_id_idx\` ON \`services_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`doi\` text,
  	\`accessed_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_citations_order_idx\` ON \`_services_v_version_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_citations_parent_id_idx\` ON \`_services_v_version_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_clinic_info_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`version_name\` text,
  	\`version_contact_heading\` text,
  	\`version_contact_text\` text,
  	\`version_contact_email\` text,
  	\`version_contact_phone\` text,
  	\`version_contact_address\` text,
  	\`version_medical_disclaimer\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer
  );
  `)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_version_version__status_idx\` ON \`_clinic_info_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_created_at_idx\` ON \`_clinic_info_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_updated_at_idx\` ON \`_clinic_info_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_latest_idx\` ON \`_clinic_info_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_autosave_idx\` ON \`_clinic_info_v\` (\`autosave\`);`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_clinic_info\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`contact_heading\` text,
  	\`contact_text\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_address\` text,
  	\`medical_disclaimer\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_clinic_info\`("id", "name", "contact_heading", "contact_text", "contact_email", "contact_phone", "contact_address", "medical_disclaimer", "_status", "updated_at", "created_at") SELECT "id", "name", "contact_heading", "contact_text", "contact_email", "contact_phone", "contact_address", NULL, 'published', "updated_at", "created_at" FROM \`clinic_info\`;`)
  await db.run(sql`DROP TABLE \`clinic_info\`;`)
  await db.run(sql`ALTER TABLE \`__new_clinic_info\` RENAME TO \`clinic_info\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`clinic_info__status_idx\` ON \`clinic_info\` (\`_status\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_interval_days\` numeric DEFAULT 365;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`review_status\` text DEFAULT 'awaiting-review';`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`claim_check_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`medical_disclaimer\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`articles_reviewed_by_idx\` ON \`articles\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_due_at_idx\` ON \`articles\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_status_idx\` ON \`articles\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles\` (\`meta_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_interval_days\` numeric DEFAULT 365;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_review_status\` text DEFAULT 'awaiting-review';`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_claim_check_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_medical_disclaimer\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_reviewed_by_idx\` ON \`_articles_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_due_at_idx\` ON \`_articles_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_status_idx\` ON \`_articles_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`review_interval_days\` numeric DEFAULT 365;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`review_status\` text DEFAULT 'awaiting-review';`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`claim_check_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`medical_disclaimer\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`CREATE INDEX \`services_reviewed_by_idx\` ON \`services\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`services_review_due_at_idx\` ON \`services\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`services_review_status_idx\` ON \`services\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`services_meta_meta_image_idx\` ON \`services\` (\`meta_image_id\`);`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_reviewed_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_last_reviewed_at\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_review_interval_days\` numeric DEFAULT 365;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_review_due_at\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_review_status\` text DEFAULT 'awaiting-review';`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_claim_check_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_medical_disclaimer\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_meta_title\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_meta_description\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_meta_image_id\` integer REFERENCES media(id);`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_reviewed_by_idx\` ON \`_services_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_review_due_at_idx\` ON \`_services_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_review_status_idx\` ON \`_services_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_meta_version_meta_image_idx\` ON \`_services_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_autosave_idx\` ON \`_services_v\` (\`autosave\`);`)
  await db.run(sql`ALTER TABLE \`_provider_discounts_v\` ADD \`autosave\` integer;`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version_active_from_idx\` ON \`_provider_discounts_v\` (\`version_active_from\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version_active_until_idx\` ON \`_provider_discounts_v\` (\`version_active_until\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_autosave_idx\` ON \`_provider_discounts_v\` (\`autosave\`);`)
  await db.run(sql`CREATE INDEX \`provider_discounts_active_from_idx\` ON \`provider_discounts\` (\`active_from\`);`)
  await db.run(sql`CREATE INDEX \`provider_discounts_active_until_idx\` ON \`provider_discounts\` (\`active_until\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_citations\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_citations\`;`)
  await db.run(sql`DROP TABLE \`services_citations\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_citations\`;`)
  await db.run(sql`DROP TABLE \`_clinic_info_v\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`quote_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`quote_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "generate_slug", "slug", "summary", "body", "quote_id", "published_at", "updated_at", "created_at", "_status") SELECT "id", "title", "generate_slug", "slug", "summary", "body", "quote_id", "published_at", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_quote_idx\` ON \`articles\` (\`quote_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`version_quote_id\` integer,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_quote_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_generate_slug", "version_slug", "version_summary", "version_body", "version_quote_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_generate_slug", "version_slug", "version_summary", "version_body", "version_quote_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_quote_idx\` ON \`_articles_v\` (\`version_quote_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE TABLE \`__new_services\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`summary\` text,
  	\`description\` text,
  	\`course_typical_sessions\` numeric,
  	\`course_cadence\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_services\`("id", "name", "generate_slug", "slug", "summary", "description", "course_typical_sessions", "course_cadence", "updated_at", "created_at", "_status") SELECT "id", "name", "generate_slug", "slug", "summary", "description", "course_typical_sessions", "course_cadence", "updated_at", "created_at", "_status" FROM \`services\`;`)
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`ALTER TABLE \`__new_services\` RENAME TO \`services\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`services_slug_idx\` ON \`services\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`services__status_idx\` ON \`services\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__services_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_name\` text,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_summary\` text,
  	\`version_description\` text,
  	\`version_course_typical_sessions\` numeric,
  	\`version_course_cadence\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__services_v\`("id", "parent_id", "version_name", "version_generate_slug", "version_slug", "version_summary", "version_description", "version_course_typical_sessions", "version_course_cadence", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_name", "version_generate_slug", "version_slug", "version_summary", "version_description", "version_course_typical_sessions", "version_course_cadence", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_services_v\`;`)
  await db.run(sql`DROP TABLE \`_services_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__services_v\` RENAME TO \`_services_v\`;`)
  await db.run(sql`CREATE INDEX \`_services_v_parent_idx\` ON \`_services_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_slug_idx\` ON \`_services_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_updated_at_idx\` ON \`_services_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_created_at_idx\` ON \`_services_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version__status_idx\` ON \`_services_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_created_at_idx\` ON \`_services_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_updated_at_idx\` ON \`_services_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_latest_idx\` ON \`_services_v\` (\`latest\`);`)
  await db.run(sql`DROP INDEX \`provider_discounts_active_from_idx\`;`)
  await db.run(sql`DROP INDEX \`provider_discounts_active_until_idx\`;`)
  await db.run(sql`DROP INDEX \`_provider_discounts_v_version_version_active_from_idx\`;`)
  await db.run(sql`DROP INDEX \`_provider_discounts_v_version_version_active_until_idx\`;`)
  await db.run(sql`DROP INDEX \`_provider_discounts_v_autosave_idx\`;`)
  await db.run(sql`ALTER TABLE \`_provider_discounts_v\` DROP COLUMN \`autosave\`;`)
  await db.run(sql`CREATE TABLE \`__new_clinic_info\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`contact_heading\` text,
  	\`contact_text\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_address\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_clinic_info\`("id", "name", "contact_heading", "contact_text", "contact_email", "contact_phone", "contact_address", "updated_at", "created_at") SELECT "id", "name", "contact_heading", "contact_text", "contact_email", "contact_phone", "contact_address", "updated_at", "created_at" FROM \`clinic_info\`;`)
  await db.run(sql`DROP TABLE \`clinic_info\`;`)
  await db.run(sql`ALTER TABLE \`__new_clinic_info\` RENAME TO \`clinic_info\`;`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
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
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`quote_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "summary", "body", "quote_id", "reviewed_by_id", "last_reviewed_at", "review_interval_days", "review_due_at", "review_status", "claim_check_override_reason", "medical_disclaimer", "meta_title", "meta_description", "meta_image_id", "generate_slug", "slug", "published_at", "updated_at", "created_at", "_status") SELECT "id", "title", "summary", "body", "quote_id", "reviewed_by_id", "last_reviewed_at", "review_interval_days", "review_due_at", "review_status", "claim_check_override_reason", "medical_disclaimer", "meta_title", "meta_description", "meta_image_id", "generate_slug", "slug", "published_at", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_quote_idx\` ON \`articles\` (\`quote_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_reviewed_by_idx\` ON \`articles\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_due_at_idx\` ON \`articles\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_status_idx\` ON \`articles\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_version_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`doi\` text,
  	\`accessed_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v_version_citations\`("_order", "_parent_id", "id", "title", "url", "doi", "accessed_at", "_uuid") SELECT "_order", "_parent_id", "id", "title", "url", "doi", "accessed_at", "_uuid" FROM \`_articles_v_version_citations\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_citations\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_version_citations\` RENAME TO \`_articles_v_version_citations\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_citations_order_idx\` ON \`_articles_v_version_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_citations_parent_id_idx\` ON \`_articles_v_version_citations\` (\`_parent_id\`);`)
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
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_summary", "version_body", "version_quote_id", "version_reviewed_by_id", "version_last_reviewed_at", "version_review_interval_days", "version_review_due_at", "version_review_status", "version_claim_check_override_reason", "version_medical_disclaimer", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_generate_slug", "version_slug", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_summary", "version_body", "version_quote_id", "version_reviewed_by_id", "version_last_reviewed_at", "version_review_interval_days", "version_review_due_at", "version_review_status", "version_claim_check_override_reason", "version_medical_disclaimer", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_generate_slug", "version_slug", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_quote_idx\` ON \`_articles_v\` (\`version_quote_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_reviewed_by_idx\` ON \`_articles_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_due_at_idx\` ON \`_articles_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_status_idx\` ON \`_articles_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_quotes\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`text\` text NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`attribution\` text NOT NULL,
  	\`source\` text,
  	\`context\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_quotes\`("id", "text", "generate_slug", "slug", "attribution", "source", "context", "updated_at", "created_at") SELECT "id", "text", "generate_slug", "slug", "attribution", "source", "context", "updated_at", "created_at" FROM \`quotes\`;`)
  await db.run(sql`DROP TABLE \`quotes\`;`)
  await db.run(sql`ALTER TABLE \`__new_quotes\` RENAME TO \`quotes\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`quotes_slug_idx\` ON \`quotes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`quotes_updated_at_idx\` ON \`quotes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quotes_created_at_idx\` ON \`quotes\` (\`created_at\`);`)
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_services\`("id", "name", "summary", "description", "course_typical_sessions", "course_cadence", "reviewed_by_id", "last_reviewed_at", "review_interval_days", "review_due_at", "review_status", "claim_check_override_reason", "medical_disclaimer", "meta_title", "meta_description", "meta_image_id", "generate_slug", "slug", "updated_at", "created_at", "_status") SELECT "id", "name", "summary", "description", "course_typical_sessions", "course_cadence", "reviewed_by_id", "last_reviewed_at", "review_interval_days", "review_due_at", "review_status", "claim_check_override_reason", "medical_disclaimer", "meta_title", "meta_description", "meta_image_id", "generate_slug", "slug", "updated_at", "created_at", "_status" FROM \`services\`;`)
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`ALTER TABLE \`__new_services\` RENAME TO \`services\`;`)
  await db.run(sql`CREATE INDEX \`services_reviewed_by_idx\` ON \`services\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`services_review_due_at_idx\` ON \`services\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`services_review_status_idx\` ON \`services\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`services_meta_meta_image_idx\` ON \`services\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`services_slug_idx\` ON \`services\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`services__status_idx\` ON \`services\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__services_v_version_citations\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`url\` text,
  	\`doi\` text,
  	\`accessed_at\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new__services_v_version_citations\`("_order", "_parent_id", "id", "title", "url", "doi", "accessed_at", "_uuid") SELECT "_order", "_parent_id", "id", "title", "url", "doi", "accessed_at", "_uuid" FROM \`_services_v_version_citations\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_citations\`;`)
  await db.run(sql`ALTER TABLE \`__new__services_v_version_citations\` RENAME TO \`_services_v_version_citations\`;`)
  await db.run(sql`CREATE INDEX \`_services_v_version_citations_order_idx\` ON \`_services_v_version_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_citations_parent_id_idx\` ON \`_services_v_version_citations\` (\`_parent_id\`);`)
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
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__services_v\`("id", "parent_id", "version_name", "version_summary", "version_description", "version_course_typical_sessions", "version_course_cadence", "version_reviewed_by_id", "version_last_reviewed_at", "version_review_interval_days", "version_review_due_at", "version_review_status", "version_claim_check_override_reason", "version_medical_disclaimer", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_generate_slug", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_name", "version_summary", "version_description", "version_course_typical_sessions", "version_course_cadence", "version_reviewed_by_id", "version_last_reviewed_at", "version_review_interval_days", "version_review_due_at", "version_review_status", "version_claim_check_override_reason", "version_medical_disclaimer", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_generate_slug", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_services_v\`;`)
  await db.run(sql`DROP TABLE \`_services_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__services_v\` RENAME TO \`_services_v\`;`)
  await db.run(sql`CREATE INDEX \`_services_v_parent_idx\` ON \`_services_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_reviewed_by_idx\` ON \`_services_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_review_due_at_idx\` ON \`_services_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_review_status_idx\` ON \`_services_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_meta_version_meta_image_idx\` ON \`_services_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_slug_idx\` ON \`_services_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_updated_at_idx\` ON \`_services_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_created_at_idx\` ON \`_services_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version__status_idx\` ON \`_services_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_created_at_idx\` ON \`_services_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_updated_at_idx\` ON \`_services_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_latest_idx\` ON \`_services_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_autosave_idx\` ON \`_services_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_provider_discounts\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`title\` text,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`eligibility\` text,
  	\`terms\` text,
  	\`amount_kind\` text,
  	\`amount_value\` numeric,
  	\`active_from\` text,
  	\`active_until\` text,
  	\`verification\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_provider_discounts\`("id", "title", "generate_slug", "slug", "eligibility", "terms", "amount_kind", "amount_value", "active_from", "active_until", "verification", "updated_at", "created_at", "_status") SELECT "id", "title", "generate_slug", "slug", "eligibility", "terms", "amount_kind", "amount_value", "active_from", "active_until", "verification", "updated_at", "created_at", "_status" FROM \`provider_discounts\`;`)
  await db.run(sql`DROP TABLE \`provider_discounts\`;`)
  await db.run(sql`ALTER TABLE \`__new_provider_discounts\` RENAME TO \`provider_discounts\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`provider_discounts_slug_idx\` ON \`provider_discounts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`provider_discounts_active_from_idx\` ON \`provider_discounts\` (\`active_from\`);`)
  await db.run(sql`CREATE INDEX \`provider_discounts_active_until_idx\` ON \`provider_discounts\` (\`active_until\`);`)
  await db.run(sql`CREATE INDEX \`provider_discounts_updated_at_idx\` ON \`provider_discounts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`provider_discounts_created_at_idx\` ON \`provider_discounts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`provider_discounts__status_idx\` ON \`provider_discounts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__provider_discounts_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_eligibility\` text,
  	\`version_terms\` text,
  	\`version_amount_kind\` text,
  	\`version_amount_value\` numeric,
  	\`version_active_from\` text,
  	\`version_active_until\` text,
  	\`version_verification\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`provider_discounts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__provider_discounts_v\`("id", "parent_id", "version_title", "version_generate_slug", "version_slug", "version_eligibility", "version_terms", "version_amount_kind", "version_amount_value", "version_active_from", "version_active_until", "version_verification", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_generate_slug", "version_slug", "version_eligibility", "version_terms", "version_amount_kind", "version_amount_value", "version_active_from", "version_active_until", "version_verification", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_provider_discounts_v\`;`)
  await db.run(sql`DROP TABLE \`_provider_discounts_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__provider_discounts_v\` RENAME TO \`_provider_discounts_v\`;`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_parent_idx\` ON \`_provider_discounts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version_slug_idx\` ON \`_provider_discounts_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version_active_from_idx\` ON \`_provider_discounts_v\` (\`version_active_from\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version_active_until_idx\` ON \`_provider_discounts_v\` (\`version_active_until\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version_updated_at_idx\` ON \`_provider_discounts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version_created_at_idx\` ON \`_provider_discounts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version__status_idx\` ON \`_provider_discounts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_created_at_idx\` ON \`_provider_discounts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_updated_at_idx\` ON \`_provider_discounts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_latest_idx\` ON \`_provider_discounts_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_autosave_idx\` ON \`_provider_discounts_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_contact_submissions_spam_reasons\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contact_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_contact_submissions_spam_reasons\`("order", "parent_id", "value", "id") SELECT "order", "parent_id", "value", "id" FROM \`contact_submissions_spam_reasons\`;`)
  await db.run(sql`DROP TABLE \`contact_submissions_spam_reasons\`;`)
  await db.run(sql`ALTER TABLE \`__new_contact_submissions_spam_reasons\` RENAME TO \`contact_submissions_spam_reasons\`;`)
  await db.run(sql`CREATE INDEX \`contact_submissions_spam_reasons_order_idx\` ON \`contact_submissions_spam_reasons\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contact_submissions_spam_reasons_parent_idx\` ON \`contact_submissions_spam_reasons\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_contact_submissions\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`message\` text NOT NULL,
  	\`inquiry_type\` text NOT NULL,
  	\`preferred_contact_method\` text DEFAULT 'email',
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`status\` text DEFAULT 'new',
  	\`assigned_to_id\` integer,
  	\`responded_at\` text,
  	\`staff_notified_at\` text,
  	\`internal_notes\` text,
  	\`message_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assigned_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_contact_submissions\`("id", "name", "email", "phone", "message", "inquiry_type", "preferred_contact_method", "consent", "status", "assigned_to_id", "responded_at", "staff_notified_at", "internal_notes", "message_hash", "updated_at", "created_at") SELECT "id", "name", "email", "phone", "message", "inquiry_type", "preferred_contact_method", "consent", "status", "assigned_to_id", "responded_at", "staff_notified_at", "internal_notes", "message_hash", "updated_at", "created_at" FROM \`contact_submissions\`;`)
  await db.run(sql`DROP TABLE \`contact_submissions\`;`)
  await db.run(sql`ALTER TABLE \`__new_contact_submissions\` RENAME TO \`contact_submissions\`;`)
  await db.run(sql`CREATE INDEX \`contact_submissions_inquiry_type_idx\` ON \`contact_submissions\` (\`inquiry_type\`);`)
  await db.run(sql`CREATE INDEX \`contact_submissions_status_idx\` ON \`contact_submissions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`contact_submissions_assigned_to_idx\` ON \`contact_submissions\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`contact_submissions_staff_notified_at_idx\` ON \`contact_submissions\` (\`staff_notified_at\`);`)
  await db.run(sql`CREATE INDEX \`contact_submissions_message_hash_idx\` ON \`contact_submissions\` (\`message_hash\`);`)
  await db.run(sql`CREATE INDEX \`contact_submissions_updated_at_idx\` ON \`contact_submissions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contact_submissions_created_at_idx\` ON \`contact_submissions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_audit_events\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`action\` text NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`actor\` text NOT NULL,
  	\`actor_id\` text,
  	\`api\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_audit_events\`("id", "action", "collection_slug", "actor", "actor_id", "api", "updated_at", "created_at") SELECT "id", "action", "collection_slug", "actor", "actor_id", "api", "updated_at", "created_at" FROM \`audit_events\`;`)
  await db.run(sql`DROP TABLE \`audit_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_audit_events\` RENAME TO \`audit_events\`;`)
  await db.run(sql`CREATE INDEX \`audit_events_action_idx\` ON \`audit_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_actor_idx\` ON \`audit_events\` (\`actor\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_updated_at_idx\` ON \`audit_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_created_at_idx\` ON \`audit_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users_roles\`("order", "parent_id", "value", "id") SELECT "order", "parent_id", "value", "id" FROM \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`ALTER TABLE \`__new_users_roles\` RENAME TO \`users_roles\`;`)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`alt\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_wide_url\` text,
  	\`sizes_wide_width\` numeric,
  	\`sizes_wide_height\` numeric,
  	\`sizes_wide_mime_type\` text,
  	\`sizes_wide_filesize\` numeric,
  	\`sizes_wide_filename\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "alt", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_wide_url", "sizes_wide_width", "sizes_wide_height", "sizes_wide_mime_type", "sizes_wide_filesize", "sizes_wide_filename") SELECT "id", "alt", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_wide_url", "sizes_wide_width", "sizes_wide_height", "sizes_wide_mime_type", "sizes_wide_filesize", "sizes_wide_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_wide_sizes_wide_filename_idx\` ON \`media\` (\`sizes_wide_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_kv\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_kv\`("id", "key", "data") SELECT "id", "key", "data" FROM \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_kv\` RENAME TO \`payload_kv\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_jobs\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_jobs\`("id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "meta", "updated_at", "created_at") SELECT "id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "meta", "updated_at", "created_at" FROM \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_jobs\` RENAME TO \`payload_jobs\`;`)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents\`("id", "global_slug", "updated_at", "created_at") SELECT "id", "global_slug", "updated_at", "created_at" FROM \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents\` RENAME TO \`payload_locked_documents\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_preferences\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_preferences\`("id", "key", "value", "updated_at", "created_at") SELECT "id", "key", "value", "updated_at", "created_at" FROM \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_preferences\` RENAME TO \`payload_preferences\`;`)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_migrations\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_migrations\`("id", "name", "batch", "updated_at", "created_at") SELECT "id", "name", "batch", "updated_at", "created_at" FROM \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_migrations\` RENAME TO \`payload_migrations\`;`)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_clinic_info\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
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
  await db.run(sql`INSERT INTO \`__new_clinic_info\`("id", "name", "contact_heading", "contact_text", "contact_email", "contact_phone", "contact_address", "medical_disclaimer", "_status", "updated_at", "created_at") SELECT "id", "name", "contact_heading", "contact_text", "contact_email", "contact_phone", "contact_address", "medical_disclaimer", "_status", "updated_at", "created_at" FROM \`clinic_info\`;`)
  await db.run(sql`DROP TABLE \`clinic_info\`;`)
  await db.run(sql`ALTER TABLE \`__new_clinic_info\` RENAME TO \`clinic_info\`;`)
  await db.run(sql`CREATE INDEX \`clinic_info__status_idx\` ON \`clinic_info\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__clinic_info_v\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
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
  await db.run(sql`INSERT INTO \`__new__clinic_info_v\`("id", "version_name", "version_contact_heading", "version_contact_text", "version_contact_email", "version_contact_phone", "version_contact_address", "version_medical_disclaimer", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "latest", "autosave") SELECT "id", "version_name", "version_contact_heading", "version_contact_text", "version_contact_email", "version_contact_phone", "version_contact_address", "version_medical_disclaimer", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "latest", "autosave" FROM \`_clinic_info_v\`;`)
  await db.run(sql`DROP TABLE \`_clinic_info_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__clinic_info_v\` RENAME TO \`_clinic_info_v\`;`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_version_version__status_idx\` ON \`_clinic_info_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_created_at_idx\` ON \`_clinic_info_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_updated_at_idx\` ON \`_clinic_info_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_latest_idx\` ON \`_clinic_info_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_autosave_idx\` ON \`_clinic_info_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_jobs_stats\`("id", "stats", "updated_at", "created_at") SELECT "id", "stats", "updated_at", "created_at" FROM \`payload_jobs_stats\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_jobs_stats\` RENAME TO \`payload_jobs_stats\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_articles\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`quote_id\`) REFERENCES \`quotes\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_articles\`("id", "title", "summary", "body", "quote_id", "reviewed_by_id", "last_reviewed_at", "review_interval_days", "review_due_at", "review_status", "claim_check_override_reason", "medical_disclaimer", "meta_title", "meta_description", "meta_image_id", "generate_slug", "slug", "published_at", "updated_at", "created_at", "_status") SELECT "id", "title", "summary", "body", "quote_id", "reviewed_by_id", "last_reviewed_at", "review_interval_days", "review_due_at", "review_status", "claim_check_override_reason", "medical_disclaimer", "meta_title", "meta_description", "meta_image_id", "generate_slug", "slug", "published_at", "updated_at", "created_at", "_status" FROM \`articles\`;`)
  await db.run(sql`DROP TABLE \`articles\`;`)
  await db.run(sql`ALTER TABLE \`__new_articles\` RENAME TO \`articles\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`articles_quote_idx\` ON \`articles\` (\`quote_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_reviewed_by_idx\` ON \`articles\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_due_at_idx\` ON \`articles\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_review_status_idx\` ON \`articles\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`articles_meta_meta_image_idx\` ON \`articles\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`articles_slug_idx\` ON \`articles\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`articles_published_at_idx\` ON \`articles\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_updated_at_idx\` ON \`articles\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`articles_created_at_idx\` ON \`articles\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`articles__status_idx\` ON \`articles\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v_version_citations\` (
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
  await db.run(sql`INSERT INTO \`__new__articles_v_version_citations\`("_order", "_parent_id", "id", "title", "url", "doi", "accessed_at", "_uuid") SELECT "_order", "_parent_id", "id", "title", "url", "doi", "accessed_at", "_uuid" FROM \`_articles_v_version_citations\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_citations\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v_version_citations\` RENAME TO \`_articles_v_version_citations\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_citations_order_idx\` ON \`_articles_v_version_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_citations_parent_id_idx\` ON \`_articles_v_version_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__articles_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__articles_v\`("id", "parent_id", "version_title", "version_summary", "version_body", "version_quote_id", "version_reviewed_by_id", "version_last_reviewed_at", "version_review_interval_days", "version_review_due_at", "version_review_status", "version_claim_check_override_reason", "version_medical_disclaimer", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_generate_slug", "version_slug", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_summary", "version_body", "version_quote_id", "version_reviewed_by_id", "version_last_reviewed_at", "version_review_interval_days", "version_review_due_at", "version_review_status", "version_claim_check_override_reason", "version_medical_disclaimer", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_generate_slug", "version_slug", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_articles_v\`;`)
  await db.run(sql`DROP TABLE \`_articles_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__articles_v\` RENAME TO \`_articles_v\`;`)
  await db.run(sql`CREATE INDEX \`_articles_v_parent_idx\` ON \`_articles_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_quote_idx\` ON \`_articles_v\` (\`version_quote_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_reviewed_by_idx\` ON \`_articles_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_due_at_idx\` ON \`_articles_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_review_status_idx\` ON \`_articles_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_meta_version_meta_image_idx\` ON \`_articles_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_slug_idx\` ON \`_articles_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_published_at_idx\` ON \`_articles_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_updated_at_idx\` ON \`_articles_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version_created_at_idx\` ON \`_articles_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_version__status_idx\` ON \`_articles_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_created_at_idx\` ON \`_articles_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_updated_at_idx\` ON \`_articles_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_latest_idx\` ON \`_articles_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_autosave_idx\` ON \`_articles_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_quotes\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text NOT NULL,
  	\`attribution\` text NOT NULL,
  	\`source\` text,
  	\`context\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_quotes\`("id", "text", "generate_slug", "slug", "attribution", "source", "context", "updated_at", "created_at") SELECT "id", "text", "generate_slug", "slug", "attribution", "source", "context", "updated_at", "created_at" FROM \`quotes\`;`)
  await db.run(sql`DROP TABLE \`quotes\`;`)
  await db.run(sql`ALTER TABLE \`__new_quotes\` RENAME TO \`quotes\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`quotes_slug_idx\` ON \`quotes\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`quotes_updated_at_idx\` ON \`quotes\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`quotes_created_at_idx\` ON \`quotes\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_services\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_services\`("id", "name", "summary", "description", "course_typical_sessions", "course_cadence", "reviewed_by_id", "last_reviewed_at", "review_interval_days", "review_due_at", "review_status", "claim_check_override_reason", "medical_disclaimer", "meta_title", "meta_description", "meta_image_id", "generate_slug", "slug", "updated_at", "created_at", "_status") SELECT "id", "name", "summary", "description", "course_typical_sessions", "course_cadence", "reviewed_by_id", "last_reviewed_at", "review_interval_days", "review_due_at", "review_status", "claim_check_override_reason", "medical_disclaimer", "meta_title", "meta_description", "meta_image_id", "generate_slug", "slug", "updated_at", "created_at", "_status" FROM \`services\`;`)
  await db.run(sql`DROP TABLE \`services\`;`)
  await db.run(sql`ALTER TABLE \`__new_services\` RENAME TO \`services\`;`)
  await db.run(sql`CREATE INDEX \`services_reviewed_by_idx\` ON \`services\` (\`reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`services_review_due_at_idx\` ON \`services\` (\`review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`services_review_status_idx\` ON \`services\` (\`review_status\`);`)
  await db.run(sql`CREATE INDEX \`services_meta_meta_image_idx\` ON \`services\` (\`meta_image_id\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`services_slug_idx\` ON \`services\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`services_updated_at_idx\` ON \`services\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`services_created_at_idx\` ON \`services\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`services__status_idx\` ON \`services\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__services_v_version_citations\` (
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
  await db.run(sql`INSERT INTO \`__new__services_v_version_citations\`("_order", "_parent_id", "id", "title", "url", "doi", "accessed_at", "_uuid") SELECT "_order", "_parent_id", "id", "title", "url", "doi", "accessed_at", "_uuid" FROM \`_services_v_version_citations\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_citations\`;`)
  await db.run(sql`ALTER TABLE \`__new__services_v_version_citations\` RENAME TO \`_services_v_version_citations\`;`)
  await db.run(sql`CREATE INDEX \`_services_v_version_citations_order_idx\` ON \`_services_v_version_citations\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_citations_parent_id_idx\` ON \`_services_v_version_citations\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__services_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
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
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_reviewed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_meta_image_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__services_v\`("id", "parent_id", "version_name", "version_summary", "version_description", "version_course_typical_sessions", "version_course_cadence", "version_reviewed_by_id", "version_last_reviewed_at", "version_review_interval_days", "version_review_due_at", "version_review_status", "version_claim_check_override_reason", "version_medical_disclaimer", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_generate_slug", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_name", "version_summary", "version_description", "version_course_typical_sessions", "version_course_cadence", "version_reviewed_by_id", "version_last_reviewed_at", "version_review_interval_days", "version_review_due_at", "version_review_status", "version_claim_check_override_reason", "version_medical_disclaimer", "version_meta_title", "version_meta_description", "version_meta_image_id", "version_generate_slug", "version_slug", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_services_v\`;`)
  await db.run(sql`DROP TABLE \`_services_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__services_v\` RENAME TO \`_services_v\`;`)
  await db.run(sql`CREATE INDEX \`_services_v_parent_idx\` ON \`_services_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_reviewed_by_idx\` ON \`_services_v\` (\`version_reviewed_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_review_due_at_idx\` ON \`_services_v\` (\`version_review_due_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_review_status_idx\` ON \`_services_v\` (\`version_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_meta_version_meta_image_idx\` ON \`_services_v\` (\`version_meta_image_id\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_slug_idx\` ON \`_services_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_updated_at_idx\` ON \`_services_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version_created_at_idx\` ON \`_services_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_version__status_idx\` ON \`_services_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_created_at_idx\` ON \`_services_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_updated_at_idx\` ON \`_services_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_latest_idx\` ON \`_services_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_autosave_idx\` ON \`_services_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_provider_discounts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`generate_slug\` integer DEFAULT true,
  	\`slug\` text,
  	\`eligibility\` text,
  	\`terms\` text,
  	\`amount_kind\` text,
  	\`amount_value\` numeric,
  	\`active_from\` text,
  	\`active_until\` text,
  	\`verification\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_provider_discounts\`("id", "title", "generate_slug", "slug", "eligibility", "terms", "amount_kind", "amount_value", "active_from", "active_until", "verification", "updated_at", "created_at", "_status") SELECT "id", "title", "generate_slug", "slug", "eligibility", "terms", "amount_kind", "amount_value", "active_from", "active_until", "verification", "updated_at", "created_at", "_status" FROM \`provider_discounts\`;`)
  await db.run(sql`DROP TABLE \`provider_discounts\`;`)
  await db.run(sql`ALTER TABLE \`__new_provider_discounts\` RENAME TO \`provider_discounts\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`provider_discounts_slug_idx\` ON \`provider_discounts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`provider_discounts_active_from_idx\` ON \`provider_discounts\` (\`active_from\`);`)
  await db.run(sql`CREATE INDEX \`provider_discounts_active_until_idx\` ON \`provider_discounts\` (\`active_until\`);`)
  await db.run(sql`CREATE INDEX \`provider_discounts_updated_at_idx\` ON \`provider_discounts\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`provider_discounts_created_at_idx\` ON \`provider_discounts\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`provider_discounts__status_idx\` ON \`provider_discounts\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__provider_discounts_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_generate_slug\` integer DEFAULT true,
  	\`version_slug\` text,
  	\`version_eligibility\` text,
  	\`version_terms\` text,
  	\`version_amount_kind\` text,
  	\`version_amount_value\` numeric,
  	\`version_active_from\` text,
  	\`version_active_until\` text,
  	\`version_verification\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`provider_discounts\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__provider_discounts_v\`("id", "parent_id", "version_title", "version_generate_slug", "version_slug", "version_eligibility", "version_terms", "version_amount_kind", "version_amount_value", "version_active_from", "version_active_until", "version_verification", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_generate_slug", "version_slug", "version_eligibility", "version_terms", "version_amount_kind", "version_amount_value", "version_active_from", "version_active_until", "version_verification", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_provider_discounts_v\`;`)
  await db.run(sql`DROP TABLE \`_provider_discounts_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__provider_discounts_v\` RENAME TO \`_provider_discounts_v\`;`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_parent_idx\` ON \`_provider_discounts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version_slug_idx\` ON \`_provider_discounts_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version_active_from_idx\` ON \`_provider_discounts_v\` (\`version_active_from\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version_active_until_idx\` ON \`_provider_discounts_v\` (\`version_active_until\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version_updated_at_idx\` ON \`_provider_discounts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version_created_at_idx\` ON \`_provider_discounts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version__status_idx\` ON \`_provider_discounts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_created_at_idx\` ON \`_provider_discounts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_updated_at_idx\` ON \`_provider_discounts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_latest_idx\` ON \`_provider_discounts_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_autosave_idx\` ON \`_provider_discounts_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_contact_submissions_spam_reasons\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`contact_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_contact_submissions_spam_reasons\`("order", "parent_id", "value", "id") SELECT "order", "parent_id", "value", "id" FROM \`contact_submissions_spam_reasons\`;`)
  await db.run(sql`DROP TABLE \`contact_submissions_spam_reasons\`;`)
  await db.run(sql`ALTER TABLE \`__new_contact_submissions_spam_reasons\` RENAME TO \`contact_submissions_spam_reasons\`;`)
  await db.run(sql`CREATE INDEX \`contact_submissions_spam_reasons_order_idx\` ON \`contact_submissions_spam_reasons\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`contact_submissions_spam_reasons_parent_idx\` ON \`contact_submissions_spam_reasons\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_contact_submissions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`email\` text NOT NULL,
  	\`phone\` text,
  	\`message\` text NOT NULL,
  	\`inquiry_type\` text NOT NULL,
  	\`preferred_contact_method\` text DEFAULT 'email',
  	\`consent\` integer DEFAULT false NOT NULL,
  	\`status\` text DEFAULT 'new',
  	\`assigned_to_id\` integer,
  	\`responded_at\` text,
  	\`staff_notified_at\` text,
  	\`internal_notes\` text,
  	\`message_hash\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`assigned_to_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_contact_submissions\`("id", "name", "email", "phone", "message", "inquiry_type", "preferred_contact_method", "consent", "status", "assigned_to_id", "responded_at", "staff_notified_at", "internal_notes", "message_hash", "updated_at", "created_at") SELECT "id", "name", "email", "phone", "message", "inquiry_type", "preferred_contact_method", "consent", "status", "assigned_to_id", "responded_at", "staff_notified_at", "internal_notes", "message_hash", "updated_at", "created_at" FROM \`contact_submissions\`;`)
  await db.run(sql`DROP TABLE \`contact_submissions\`;`)
  await db.run(sql`ALTER TABLE \`__new_contact_submissions\` RENAME TO \`contact_submissions\`;`)
  await db.run(sql`CREATE INDEX \`contact_submissions_inquiry_type_idx\` ON \`contact_submissions\` (\`inquiry_type\`);`)
  await db.run(sql`CREATE INDEX \`contact_submissions_status_idx\` ON \`contact_submissions\` (\`status\`);`)
  await db.run(sql`CREATE INDEX \`contact_submissions_assigned_to_idx\` ON \`contact_submissions\` (\`assigned_to_id\`);`)
  await db.run(sql`CREATE INDEX \`contact_submissions_staff_notified_at_idx\` ON \`contact_submissions\` (\`staff_notified_at\`);`)
  await db.run(sql`CREATE INDEX \`contact_submissions_message_hash_idx\` ON \`contact_submissions\` (\`message_hash\`);`)
  await db.run(sql`CREATE INDEX \`contact_submissions_updated_at_idx\` ON \`contact_submissions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`contact_submissions_created_at_idx\` ON \`contact_submissions\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_audit_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`collection_slug\` text NOT NULL,
  	\`actor\` text NOT NULL,
  	\`actor_id\` text,
  	\`api\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_audit_events\`("id", "action", "collection_slug", "actor", "actor_id", "api", "updated_at", "created_at") SELECT "id", "action", "collection_slug", "actor", "actor_id", "api", "updated_at", "created_at" FROM \`audit_events\`;`)
  await db.run(sql`DROP TABLE \`audit_events\`;`)
  await db.run(sql`ALTER TABLE \`__new_audit_events\` RENAME TO \`audit_events\`;`)
  await db.run(sql`CREATE INDEX \`audit_events_action_idx\` ON \`audit_events\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_actor_idx\` ON \`audit_events\` (\`actor\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_updated_at_idx\` ON \`audit_events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_events_created_at_idx\` ON \`audit_events\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users_roles\`("order", "parent_id", "value", "id") SELECT "order", "parent_id", "value", "id" FROM \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`ALTER TABLE \`__new_users_roles\` RENAME TO \`users_roles\`;`)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_users\`("id", "name", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until") SELECT "id", "name", "updated_at", "created_at", "email", "reset_password_token", "reset_password_expiration", "salt", "hash", "reset_password_requested_at", "login_attempts", "lock_until" FROM \`users\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`ALTER TABLE \`__new_users\` RENAME TO \`users\`;`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`__new_media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_wide_url\` text,
  	\`sizes_wide_width\` numeric,
  	\`sizes_wide_height\` numeric,
  	\`sizes_wide_mime_type\` text,
  	\`sizes_wide_filesize\` numeric,
  	\`sizes_wide_filename\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_media\`("id", "alt", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_wide_url", "sizes_wide_width", "sizes_wide_height", "sizes_wide_mime_type", "sizes_wide_filesize", "sizes_wide_filename") SELECT "id", "alt", "updated_at", "created_at", "url", "thumbnail_u_r_l", "filename", "mime_type", "filesize", "width", "height", "focal_x", "focal_y", "sizes_thumbnail_url", "sizes_thumbnail_width", "sizes_thumbnail_height", "sizes_thumbnail_mime_type", "sizes_thumbnail_filesize", "sizes_thumbnail_filename", "sizes_card_url", "sizes_card_width", "sizes_card_height", "sizes_card_mime_type", "sizes_card_filesize", "sizes_card_filename", "sizes_wide_url", "sizes_wide_width", "sizes_wide_height", "sizes_wide_mime_type", "sizes_wide_filesize", "sizes_wide_filename" FROM \`media\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`ALTER TABLE \`__new_media\` RENAME TO \`media\`;`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_wide_sizes_wide_filename_idx\` ON \`media\` (\`sizes_wide_filename\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_kv\`("id", "key", "data") SELECT "id", "key", "data" FROM \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_kv\` RENAME TO \`payload_kv\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`meta\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_jobs\`("id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "meta", "updated_at", "created_at") SELECT "id", "input", "completed_at", "total_tried", "has_error", "error", "task_slug", "queue", "wait_until", "processing", "meta", "updated_at", "created_at" FROM \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_jobs\` RENAME TO \`payload_jobs\`;`)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents\`("id", "global_slug", "updated_at", "created_at") SELECT "id", "global_slug", "updated_at", "created_at" FROM \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents\` RENAME TO \`payload_locked_documents\`;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_preferences\`("id", "key", "value", "updated_at", "created_at") SELECT "id", "key", "value", "updated_at", "created_at" FROM \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_preferences\` RENAME TO \`payload_preferences\`;`)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_migrations\`("id", "name", "batch", "updated_at", "created_at") SELECT "id", "name", "batch", "updated_at", "created_at" FROM \`payload_migrations\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_migrations\` RENAME TO \`payload_migrations\`;`)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
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
  await db.run(sql`INSERT INTO \`__new_clinic_info\`("id", "name", "contact_heading", "contact_text", "contact_email", "contact_phone", "contact_address", "medical_disclaimer", "_status", "updated_at", "created_at") SELECT "id", "name", "contact_heading", "contact_text", "contact_email", "contact_phone", "contact_address", "medical_disclaimer", "_status", "updated_at", "created_at" FROM \`clinic_info\`;`)
  await db.run(sql`DROP TABLE \`clinic_info\`;`)
  await db.run(sql`ALTER TABLE \`__new_clinic_info\` RENAME TO \`clinic_info\`;`)
  await db.run(sql`CREATE INDEX \`clinic_info__status_idx\` ON \`clinic_info\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__clinic_info_v\` (
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
  await db.run(sql`INSERT INTO \`__new__clinic_info_v\`("id", "version_name", "version_contact_heading", "version_contact_text", "version_contact_email", "version_contact_phone", "version_contact_address", "version_medical_disclaimer", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "latest", "autosave") SELECT "id", "version_name", "version_contact_heading", "version_contact_text", "version_contact_email", "version_contact_phone", "version_contact_address", "version_medical_disclaimer", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "latest", "autosave" FROM \`_clinic_info_v\`;`)
  await db.run(sql`DROP TABLE \`_clinic_info_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__clinic_info_v\` RENAME TO \`_clinic_info_v\`;`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_version_version__status_idx\` ON \`_clinic_info_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_created_at_idx\` ON \`_clinic_info_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_updated_at_idx\` ON \`_clinic_info_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_latest_idx\` ON \`_clinic_info_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_autosave_idx\` ON \`_clinic_info_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_payload_jobs_stats\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`stats\` text,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_jobs_stats\`("id", "stats", "updated_at", "created_at") SELECT "id", "stats", "updated_at", "created_at" FROM \`payload_jobs_stats\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_stats\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_jobs_stats\` RENAME TO \`payload_jobs_stats\`;`)
}

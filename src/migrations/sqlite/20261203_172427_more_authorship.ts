import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`provider_discounts\` ADD \`created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`provider_discounts\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`provider_discounts_created_by_idx\` ON \`provider_discounts\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`provider_discounts_updated_by_idx\` ON \`provider_discounts\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_provider_discounts_v\` ADD \`version_created_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_provider_discounts_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version_created_by_idx\` ON \`_provider_discounts_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version_updated_by_idx\` ON \`_provider_discounts_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`clinic_info\` ADD \`updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`clinic_info_updated_by_idx\` ON \`clinic_info\` (\`updated_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_clinic_info_v\` ADD \`version_updated_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_version_version_updated_by_idx\` ON \`_clinic_info_v\` (\`version_updated_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
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
  	\`readability_grade\` numeric,
  	\`readability_grade_formula\` text,
  	\`readability_target_grade\` numeric,
  	\`readability_flesch_kincaid_grade\` numeric,
  	\`readability_smog_grade\` numeric,
  	\`readability_flesch_reading_ease\` numeric,
  	\`readability_words\` numeric,
  	\`readability_sentences\` numeric,
  	\`readability_paragraphs\` numeric,
  	\`readability_polysyllabic_words\` numeric,
  	\`readability_long_sentences\` numeric,
  	\`readability_long_paragraphs\` numeric,
  	\`readability_passive_share\` numeric,
  	\`readability_checked_at\` text,
  	\`readability_override_reason\` text,
  	\`readability_overridden_by_id\` integer,
  	\`readability_overridden_grade\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`readability_overridden_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_provider_discounts\`("id", "title", "generate_slug", "slug", "eligibility", "terms", "amount_kind", "amount_value", "active_from", "active_until", "verification", "readability_grade", "readability_grade_formula", "readability_target_grade", "readability_flesch_kincaid_grade", "readability_smog_grade", "readability_flesch_reading_ease", "readability_words", "readability_sentences", "readability_paragraphs", "readability_polysyllabic_words", "readability_long_sentences", "readability_long_paragraphs", "readability_passive_share", "readability_checked_at", "readability_override_reason", "readability_overridden_by_id", "readability_overridden_grade", "updated_at", "created_at", "_status") SELECT "id", "title", "generate_slug", "slug", "eligibility", "terms", "amount_kind", "amount_value", "active_from", "active_until", "verification", "readability_grade", "readability_grade_formula", "readability_target_grade", "readability_flesch_kincaid_grade", "readability_smog_grade", "readability_flesch_reading_ease", "readability_words", "readability_sentences", "readability_paragraphs", "readability_polysyllabic_words", "readability_long_sentences", "readability_long_paragraphs", "readability_passive_share", "readability_checked_at", "readability_override_reason", "readability_overridden_by_id", "readability_overridden_grade", "updated_at", "created_at", "_status" FROM \`provider_discounts\`;`)
  await db.run(sql`DROP TABLE \`provider_discounts\`;`)
  await db.run(sql`ALTER TABLE \`__new_provider_discounts\` RENAME TO \`provider_discounts\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`provider_discounts_slug_idx\` ON \`provider_discounts\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`provider_discounts_active_from_idx\` ON \`provider_discounts\` (\`active_from\`);`)
  await db.run(sql`CREATE INDEX \`provider_discounts_active_until_idx\` ON \`provider_discounts\` (\`active_until\`);`)
  await db.run(sql`CREATE INDEX \`provider_discounts_readability_readability_overridden_by_idx\` ON \`provider_discounts\` (\`readability_overridden_by_id\`);`)
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
  	\`version_readability_grade\` numeric,
  	\`version_readability_grade_formula\` text,
  	\`version_readability_target_grade\` numeric,
  	\`version_readability_flesch_kincaid_grade\` numeric,
  	\`version_readability_smog_grade\` numeric,
  	\`version_readability_flesch_reading_ease\` numeric,
  	\`version_readability_words\` numeric,
  	\`version_readability_sentences\` numeric,
  	\`version_readability_paragraphs\` numeric,
  	\`version_readability_polysyllabic_words\` numeric,
  	\`version_readability_long_sentences\` numeric,
  	\`version_readability_long_paragraphs\` numeric,
  	\`version_readability_passive_share\` numeric,
  	\`version_readability_checked_at\` text,
  	\`version_readability_override_reason\` text,
  	\`version_readability_overridden_by_id\` integer,
  	\`version_readability_overridden_grade\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`provider_discounts\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_readability_overridden_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__provider_discounts_v\`("id", "parent_id", "version_title", "version_generate_slug", "version_slug", "version_eligibility", "version_terms", "version_amount_kind", "version_amount_value", "version_active_from", "version_active_until", "version_verification", "version_readability_grade", "version_readability_grade_formula", "version_readability_target_grade", "version_readability_flesch_kincaid_grade", "version_readability_smog_grade", "version_readability_flesch_reading_ease", "version_readability_words", "version_readability_sentences", "version_readability_paragraphs", "version_readability_polysyllabic_words", "version_readability_long_sentences", "version_readability_long_paragraphs", "version_readability_passive_share", "version_readability_checked_at", "version_readability_override_reason", "version_readability_overridden_by_id", "version_readability_overridden_grade", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave") SELECT "id", "parent_id", "version_title", "version_generate_slug", "version_slug", "version_eligibility", "version_terms", "version_amount_kind", "version_amount_value", "version_active_from", "version_active_until", "version_verification", "version_readability_grade", "version_readability_grade_formula", "version_readability_target_grade", "version_readability_flesch_kincaid_grade", "version_readability_smog_grade", "version_readability_flesch_reading_ease", "version_readability_words", "version_readability_sentences", "version_readability_paragraphs", "version_readability_polysyllabic_words", "version_readability_long_sentences", "version_readability_long_paragraphs", "version_readability_passive_share", "version_readability_checked_at", "version_readability_override_reason", "version_readability_overridden_by_id", "version_readability_overridden_grade", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest", "autosave" FROM \`_provider_discounts_v\`;`)
  await db.run(sql`DROP TABLE \`_provider_discounts_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__provider_discounts_v\` RENAME TO \`_provider_discounts_v\`;`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_parent_idx\` ON \`_provider_discounts_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version_slug_idx\` ON \`_provider_discounts_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version_active_from_idx\` ON \`_provider_discounts_v\` (\`version_active_from\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version_active_until_idx\` ON \`_provider_discounts_v\` (\`version_active_until\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_readability_version_readab_idx\` ON \`_provider_discounts_v\` (\`version_readability_overridden_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version_updated_at_idx\` ON \`_provider_discounts_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version_created_at_idx\` ON \`_provider_discounts_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version__status_idx\` ON \`_provider_discounts_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_created_at_idx\` ON \`_provider_discounts_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_updated_at_idx\` ON \`_provider_discounts_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_latest_idx\` ON \`_provider_discounts_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_autosave_idx\` ON \`_provider_discounts_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`__new_clinic_info\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`contact_heading\` text,
  	\`contact_text\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_address\` text,
  	\`medical_disclaimer\` text,
  	\`readability_grade\` numeric,
  	\`readability_grade_formula\` text,
  	\`readability_target_grade\` numeric,
  	\`readability_flesch_kincaid_grade\` numeric,
  	\`readability_smog_grade\` numeric,
  	\`readability_flesch_reading_ease\` numeric,
  	\`readability_words\` numeric,
  	\`readability_sentences\` numeric,
  	\`readability_paragraphs\` numeric,
  	\`readability_polysyllabic_words\` numeric,
  	\`readability_long_sentences\` numeric,
  	\`readability_long_paragraphs\` numeric,
  	\`readability_passive_share\` numeric,
  	\`readability_checked_at\` text,
  	\`readability_override_reason\` text,
  	\`readability_overridden_by_id\` integer,
  	\`readability_overridden_grade\` numeric,
  	\`review_request_status\` text,
  	\`review_request_requested_by_id\` integer,
  	\`review_request_requested_by_name\` text,
  	\`review_request_requested_at\` text,
  	\`review_request_publish_at\` text,
  	\`review_request_comment\` text,
  	\`review_request_comment_by_name\` text,
  	\`review_request_comment_at\` text,
  	\`_status\` text DEFAULT 'draft',
  	\`updated_at\` text,
  	\`created_at\` text,
  	FOREIGN KEY (\`readability_overridden_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`review_request_requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_clinic_info\`("id", "name", "contact_heading", "contact_text", "contact_email", "contact_phone", "contact_address", "medical_disclaimer", "readability_grade", "readability_grade_formula", "readability_target_grade", "readability_flesch_kincaid_grade", "readability_smog_grade", "readability_flesch_reading_ease", "readability_words", "readability_sentences", "readability_paragraphs", "readability_polysyllabic_words", "readability_long_sentences", "readability_long_paragraphs", "readability_passive_share", "readability_checked_at", "readability_override_reason", "readability_overridden_by_id", "readability_overridden_grade", "review_request_status", "review_request_requested_by_id", "review_request_requested_by_name", "review_request_requested_at", "review_request_publish_at", "review_request_comment", "review_request_comment_by_name", "review_request_comment_at", "_status", "updated_at", "created_at") SELECT "id", "name", "contact_heading", "contact_text", "contact_email", "contact_phone", "contact_address", "medical_disclaimer", "readability_grade", "readability_grade_formula", "readability_target_grade", "readability_flesch_kincaid_grade", "readability_smog_grade", "readability_flesch_reading_ease", "readability_words", "readability_sentences", "readability_paragraphs", "readability_polysyllabic_words", "readability_long_sentences", "readability_long_paragraphs", "readability_passive_share", "readability_checked_at", "readability_override_reason", "readability_overridden_by_id", "readability_overridden_grade", "review_request_status", "review_request_requested_by_id", "review_request_requested_by_name", "review_request_requested_at", "review_request_publish_at", "review_request_comment", "review_request_comment_by_name", "review_request_comment_at", "_status", "updated_at", "created_at" FROM \`clinic_info\`;`)
  await db.run(sql`DROP TABLE \`clinic_info\`;`)
  await db.run(sql`ALTER TABLE \`__new_clinic_info\` RENAME TO \`clinic_info\`;`)
  await db.run(sql`CREATE INDEX \`clinic_info_readability_readability_overridden_by_idx\` ON \`clinic_info\` (\`readability_overridden_by_id\`);`)
  await db.run(sql`CREATE INDEX \`clinic_info_review_request_review_request_requested_by_idx\` ON \`clinic_info\` (\`review_request_requested_by_id\`);`)
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
  	\`version_readability_grade\` numeric,
  	\`version_readability_grade_formula\` text,
  	\`version_readability_target_grade\` numeric,
  	\`version_readability_flesch_kincaid_grade\` numeric,
  	\`version_readability_smog_grade\` numeric,
  	\`version_readability_flesch_reading_ease\` numeric,
  	\`version_readability_words\` numeric,
  	\`version_readability_sentences\` numeric,
  	\`version_readability_paragraphs\` numeric,
  	\`version_readability_polysyllabic_words\` numeric,
  	\`version_readability_long_sentences\` numeric,
  	\`version_readability_long_paragraphs\` numeric,
  	\`version_readability_passive_share\` numeric,
  	\`version_readability_checked_at\` text,
  	\`version_readability_override_reason\` text,
  	\`version_readability_overridden_by_id\` integer,
  	\`version_readability_overridden_grade\` numeric,
  	\`version_review_request_status\` text,
  	\`version_review_request_requested_by_id\` integer,
  	\`version_review_request_requested_by_name\` text,
  	\`version_review_request_requested_at\` text,
  	\`version_review_request_publish_at\` text,
  	\`version_review_request_comment\` text,
  	\`version_review_request_comment_by_name\` text,
  	\`version_review_request_comment_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`version_readability_overridden_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_review_request_requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__clinic_info_v\`("id", "version_name", "version_contact_heading", "version_contact_text", "version_contact_email", "version_contact_phone", "version_contact_address", "version_medical_disclaimer", "version_readability_grade", "version_readability_grade_formula", "version_readability_target_grade", "version_readability_flesch_kincaid_grade", "version_readability_smog_grade", "version_readability_flesch_reading_ease", "version_readability_words", "version_readability_sentences", "version_readability_paragraphs", "version_readability_polysyllabic_words", "version_readability_long_sentences", "version_readability_long_paragraphs", "version_readability_passive_share", "version_readability_checked_at", "version_readability_override_reason", "version_readability_overridden_by_id", "version_readability_overridden_grade", "version_review_request_status", "version_review_request_requested_by_id", "version_review_request_requested_by_name", "version_review_request_requested_at", "version_review_request_publish_at", "version_review_request_comment", "version_review_request_comment_by_name", "version_review_request_comment_at", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "latest", "autosave") SELECT "id", "version_name", "version_contact_heading", "version_contact_text", "version_contact_email", "version_contact_phone", "version_contact_address", "version_medical_disclaimer", "version_readability_grade", "version_readability_grade_formula", "version_readability_target_grade", "version_readability_flesch_kincaid_grade", "version_readability_smog_grade", "version_readability_flesch_reading_ease", "version_readability_words", "version_readability_sentences", "version_readability_paragraphs", "version_readability_polysyllabic_words", "version_readability_long_sentences", "version_readability_long_paragraphs", "version_readability_passive_share", "version_readability_checked_at", "version_readability_override_reason", "version_readability_overridden_by_id", "version_readability_overridden_grade", "version_review_request_status", "version_review_request_requested_by_id", "version_review_request_requested_by_name", "version_review_request_requested_at", "version_review_request_publish_at", "version_review_request_comment", "version_review_request_comment_by_name", "version_review_request_comment_at", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "latest", "autosave" FROM \`_clinic_info_v\`;`)
  await db.run(sql`DROP TABLE \`_clinic_info_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__clinic_info_v\` RENAME TO \`_clinic_info_v\`;`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_version_readability_version_readability_o_idx\` ON \`_clinic_info_v\` (\`version_readability_overridden_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_version_review_request_version_review_req_idx\` ON \`_clinic_info_v\` (\`version_review_request_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_version_version__status_idx\` ON \`_clinic_info_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_created_at_idx\` ON \`_clinic_info_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_updated_at_idx\` ON \`_clinic_info_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_latest_idx\` ON \`_clinic_info_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_autosave_idx\` ON \`_clinic_info_v\` (\`autosave\`);`)
}

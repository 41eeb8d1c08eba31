import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`articles_readability_problems\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`message\` text,
  	\`excerpt\` text,
  	\`kind\` text,
  	\`where\` text,
  	\`field\` text,
  	\`term\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`articles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`articles_readability_problems_order_idx\` ON \`articles_readability_problems\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`articles_readability_problems_parent_id_idx\` ON \`articles_readability_problems\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_articles_v_version_readability_problems\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`message\` text,
  	\`excerpt\` text,
  	\`kind\` text,
  	\`where\` text,
  	\`field\` text,
  	\`term\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_articles_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_articles_v_version_readability_problems_order_idx\` ON \`_articles_v_version_readability_problems\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_readability_problems_parent_id_idx\` ON \`_articles_v_version_readability_problems\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`services_readability_problems\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`message\` text,
  	\`excerpt\` text,
  	\`kind\` text,
  	\`where\` text,
  	\`field\` text,
  	\`term\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`services_readability_problems_order_idx\` ON \`services_readability_problems\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`services_readability_problems_parent_id_idx\` ON \`services_readability_problems\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_services_v_version_readability_problems\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`message\` text,
  	\`excerpt\` text,
  	\`kind\` text,
  	\`where\` text,
  	\`field\` text,
  	\`term\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_services_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_services_v_version_readability_problems_order_idx\` ON \`_services_v_version_readability_problems\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_services_v_version_readability_problems_parent_id_idx\` ON \`_services_v_version_readability_problems\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`provider_discounts_readability_problems\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`message\` text,
  	\`excerpt\` text,
  	\`kind\` text,
  	\`where\` text,
  	\`field\` text,
  	\`term\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`provider_discounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`provider_discounts_readability_problems_order_idx\` ON \`provider_discounts_readability_problems\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`provider_discounts_readability_problems_parent_id_idx\` ON \`provider_discounts_readability_problems\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`provider_discounts_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`provider_discounts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`provider_discounts_texts_order_parent\` ON \`provider_discounts_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_provider_discounts_v_version_readability_problems\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`message\` text,
  	\`excerpt\` text,
  	\`kind\` text,
  	\`where\` text,
  	\`field\` text,
  	\`term\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_provider_discounts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_readability_problems_order_idx\` ON \`_provider_discounts_v_version_readability_problems\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_readability_problems_parent_id_idx\` ON \`_provider_discounts_v_version_readability_problems\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_provider_discounts_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_provider_discounts_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_texts_order_parent\` ON \`_provider_discounts_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`clinic_info_readability_problems\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`message\` text,
  	\`excerpt\` text,
  	\`kind\` text,
  	\`where\` text,
  	\`field\` text,
  	\`term\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`clinic_info\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`clinic_info_readability_problems_order_idx\` ON \`clinic_info_readability_problems\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`clinic_info_readability_problems_parent_id_idx\` ON \`clinic_info_readability_problems\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`clinic_info_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`clinic_info\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`clinic_info_texts_order_parent\` ON \`clinic_info_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_clinic_info_v_version_readability_problems\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`message\` text,
  	\`excerpt\` text,
  	\`kind\` text,
  	\`where\` text,
  	\`field\` text,
  	\`term\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_clinic_info_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_version_readability_problems_order_idx\` ON \`_clinic_info_v_version_readability_problems\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_version_readability_problems_parent_id_idx\` ON \`_clinic_info_v_version_readability_problems\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_clinic_info_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_clinic_info_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_texts_order_parent\` ON \`_clinic_info_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`glossary_terms\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`term\` text NOT NULL,
  	\`plain\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`glossary_terms_order_idx\` ON \`glossary_terms\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`glossary_terms_parent_id_idx\` ON \`glossary_terms\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`glossary\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`target_grade\` numeric DEFAULT 8 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`CREATE TABLE \`glossary_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`glossary\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`glossary_texts_order_parent\` ON \`glossary_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`readability_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`readability_grade_formula\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`readability_target_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`readability_flesch_kincaid_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`readability_smog_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`readability_flesch_reading_ease\` numeric;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`readability_words\` numeric;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`readability_sentences\` numeric;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`readability_paragraphs\` numeric;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`readability_polysyllabic_words\` numeric;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`readability_long_sentences\` numeric;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`readability_long_paragraphs\` numeric;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`readability_passive_share\` numeric;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`readability_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`readability_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`readability_overridden_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`readability_overridden_grade\` numeric;`)
  await db.run(sql`CREATE INDEX \`articles_readability_readability_overridden_by_idx\` ON \`articles\` (\`readability_overridden_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_readability_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_readability_grade_formula\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_readability_target_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_readability_flesch_kincaid_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_readability_smog_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_readability_flesch_reading_ease\` numeric;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_readability_words\` numeric;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_readability_sentences\` numeric;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_readability_paragraphs\` numeric;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_readability_polysyllabic_words\` numeric;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_readability_long_sentences\` numeric;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_readability_long_paragraphs\` numeric;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_readability_passive_share\` numeric;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_readability_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_readability_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_readability_overridden_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_readability_overridden_grade\` numeric;`)
  await db.run(sql`CREATE INDEX \`_articles_v_version_readability_version_readability_over_idx\` ON \`_articles_v\` (\`version_readability_overridden_by_id\`);`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`readability_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`readability_grade_formula\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`readability_target_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`readability_flesch_kincaid_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`readability_smog_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`readability_flesch_reading_ease\` numeric;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`readability_words\` numeric;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`readability_sentences\` numeric;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`readability_paragraphs\` numeric;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`readability_polysyllabic_words\` numeric;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`readability_long_sentences\` numeric;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`readability_long_paragraphs\` numeric;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`readability_passive_share\` numeric;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`readability_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`readability_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`readability_overridden_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`readability_overridden_grade\` numeric;`)
  await db.run(sql`CREATE INDEX \`services_readability_readability_overridden_by_idx\` ON \`services\` (\`readability_overridden_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_readability_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_readability_grade_formula\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_readability_target_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_readability_flesch_kincaid_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_readability_smog_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_readability_flesch_reading_ease\` numeric;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_readability_words\` numeric;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_readability_sentences\` numeric;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_readability_paragraphs\` numeric;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_readability_polysyllabic_words\` numeric;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_readability_long_sentences\` numeric;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_readability_long_paragraphs\` numeric;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_readability_passive_share\` numeric;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_readability_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_readability_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_readability_overridden_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_readability_overridden_grade\` numeric;`)
  await db.run(sql`CREATE INDEX \`_services_v_version_readability_version_readability_over_idx\` ON \`_services_v\` (\`version_readability_overridden_by_id\`);`)
  await db.run(sql`ALTER TABLE \`provider_discounts\` ADD \`readability_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`provider_discounts\` ADD \`readability_grade_formula\` text;`)
  await db.run(sql`ALTER TABLE \`provider_discounts\` ADD \`readability_target_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`provider_discounts\` ADD \`readability_flesch_kincaid_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`provider_discounts\` ADD \`readability_smog_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`provider_discounts\` ADD \`readability_flesch_reading_ease\` numeric;`)
  await db.run(sql`ALTER TABLE \`provider_discounts\` ADD \`readability_words\` numeric;`)
  await db.run(sql`ALTER TABLE \`provider_discounts\` ADD \`readability_sentences\` numeric;`)
  await db.run(sql`ALTER TABLE \`provider_discounts\` ADD \`readability_paragraphs\` numeric;`)
  await db.run(sql`ALTER TABLE \`provider_discounts\` ADD \`readability_polysyllabic_words\` numeric;`)
  await db.run(sql`ALTER TABLE \`provider_discounts\` ADD \`readability_long_sentences\` numeric;`)
  await db.run(sql`ALTER TABLE \`provider_discounts\` ADD \`readability_long_paragraphs\` numeric;`)
  await db.run(sql`ALTER TABLE \`provider_discounts\` ADD \`readability_passive_share\` numeric;`)
  await db.run(sql`ALTER TABLE \`provider_discounts\` ADD \`readability_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`provider_discounts\` ADD \`readability_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`provider_discounts\` ADD \`readability_overridden_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`provider_discounts\` ADD \`readability_overridden_grade\` numeric;`)
  await db.run(sql`CREATE INDEX \`provider_discounts_readability_readability_overridden_by_idx\` ON \`provider_discounts\` (\`readability_overridden_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_provider_discounts_v\` ADD \`version_readability_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`_provider_discounts_v\` ADD \`version_readability_grade_formula\` text;`)
  await db.run(sql`ALTER TABLE \`_provider_discounts_v\` ADD \`version_readability_target_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`_provider_discounts_v\` ADD \`version_readability_flesch_kincaid_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`_provider_discounts_v\` ADD \`version_readability_smog_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`_provider_discounts_v\` ADD \`version_readability_flesch_reading_ease\` numeric;`)
  await db.run(sql`ALTER TABLE \`_provider_discounts_v\` ADD \`version_readability_words\` numeric;`)
  await db.run(sql`ALTER TABLE \`_provider_discounts_v\` ADD \`version_readability_sentences\` numeric;`)
  await db.run(sql`ALTER TABLE \`_provider_discounts_v\` ADD \`version_readability_paragraphs\` numeric;`)
  await db.run(sql`ALTER TABLE \`_provider_discounts_v\` ADD \`version_readability_polysyllabic_words\` numeric;`)
  await db.run(sql`ALTER TABLE \`_provider_discounts_v\` ADD \`version_readability_long_sentences\` numeric;`)
  await db.run(sql`ALTER TABLE \`_provider_discounts_v\` ADD \`version_readability_long_paragraphs\` numeric;`)
  await db.run(sql`ALTER TABLE \`_provider_discounts_v\` ADD \`version_readability_passive_share\` numeric;`)
  await db.run(sql`ALTER TABLE \`_provider_discounts_v\` ADD \`version_readability_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`_provider_discounts_v\` ADD \`version_readability_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_provider_discounts_v\` ADD \`version_readability_overridden_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_provider_discounts_v\` ADD \`version_readability_overridden_grade\` numeric;`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_readability_version_readab_idx\` ON \`_provider_discounts_v\` (\`version_readability_overridden_by_id\`);`)
  await db.run(sql`ALTER TABLE \`clinic_info\` ADD \`readability_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`clinic_info\` ADD \`readability_grade_formula\` text;`)
  await db.run(sql`ALTER TABLE \`clinic_info\` ADD \`readability_target_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`clinic_info\` ADD \`readability_flesch_kincaid_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`clinic_info\` ADD \`readability_smog_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`clinic_info\` ADD \`readability_flesch_reading_ease\` numeric;`)
  await db.run(sql`ALTER TABLE \`clinic_info\` ADD \`readability_words\` numeric;`)
  await db.run(sql`ALTER TABLE \`clinic_info\` ADD \`readability_sentences\` numeric;`)
  await db.run(sql`ALTER TABLE \`clinic_info\` ADD \`readability_paragraphs\` numeric;`)
  await db.run(sql`ALTER TABLE \`clinic_info\` ADD \`readability_polysyllabic_words\` numeric;`)
  await db.run(sql`ALTER TABLE \`clinic_info\` ADD \`readability_long_sentences\` numeric;`)
  await db.run(sql`ALTER TABLE \`clinic_info\` ADD \`readability_long_paragraphs\` numeric;`)
  await db.run(sql`ALTER TABLE \`clinic_info\` ADD \`readability_passive_share\` numeric;`)
  await db.run(sql`ALTER TABLE \`clinic_info\` ADD \`readability_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`clinic_info\` ADD \`readability_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`clinic_info\` ADD \`readability_overridden_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`clinic_info\` ADD \`readability_overridden_grade\` numeric;`)
  await db.run(sql`CREATE INDEX \`clinic_info_readability_readability_overridden_by_idx\` ON \`clinic_info\` (\`readability_overridden_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_clinic_info_v\` ADD \`version_readability_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`_clinic_info_v\` ADD \`version_readability_grade_formula\` text;`)
  await db.run(sql`ALTER TABLE \`_clinic_info_v\` ADD \`version_readability_target_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`_clinic_info_v\` ADD \`version_readability_flesch_kincaid_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`_clinic_info_v\` ADD \`version_readability_smog_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`_clinic_info_v\` ADD \`version_readability_flesch_reading_ease\` numeric;`)
  await db.run(sql`ALTER TABLE \`_clinic_info_v\` ADD \`version_readability_words\` numeric;`)
  await db.run(sql`ALTER TABLE \`_clinic_info_v\` ADD \`version_readability_sentences\` numeric;`)
  await db.run(sql`ALTER TABLE \`_clinic_info_v\` ADD \`version_readability_paragraphs\` numeric;`)
  await db.run(sql`ALTER TABLE \`_clinic_info_v\` ADD \`version_readability_polysyllabic_words\` numeric;`)
  await db.run(sql`ALTER TABLE \`_clinic_info_v\` ADD \`version_readability_long_sentences\` numeric;`)
  await db.run(sql`ALTER TABLE \`_clinic_info_v\` ADD \`version_readability_long_paragraphs\` numeric;`)
  await db.run(sql`ALTER TABLE \`_clinic_info_v\` ADD \`version_readability_passive_share\` numeric;`)
  await db.run(sql`ALTER TABLE \`_clinic_info_v\` ADD \`version_readability_checked_at\` text;`)
  await db.run(sql`ALTER TABLE \`_clinic_info_v\` ADD \`version_readability_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_clinic_info_v\` ADD \`version_readability_overridden_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_clinic_info_v\` ADD \`version_readability_overridden_grade\` numeric;`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_version_readability_version_readability_o_idx\` ON \`_clinic_info_v\` (\`version_readability_overridden_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`articles_readability_problems\`;`)
  await db.run(sql`DROP TABLE \`_articles_v_version_readability_problems\`;`)
  await db.run(sql`DROP TABLE \`services_readability_problems\`;`)
  await db.run(sql`DROP TABLE \`_services_v_version_readability_problems\`;`)
  await db.run(sql`DROP TABLE \`provider_discounts_readability_problems\`;`)
  await db.run(sql`DROP TABLE \`provider_discounts_texts\`;`)
  await db.run(sql`DROP TABLE \`_provider_discounts_v_version_readability_problems\`;`)
  await db.run(sql`DROP TABLE \`_provider_discounts_v_texts\`;`)
  await db.run(sql`DROP TABLE \`clinic_info_readability_problems\`;`)
  await db.run(sql`DROP TABLE \`clinic_info_texts\`;`)
  await db.run(sql`DROP TABLE \`_clinic_info_v_version_readability_problems\`;`)
  await db.run(sql`DROP TABLE \`_clinic_info_v_texts\`;`)
  await db.run(sql`DROP TABLE \`glossary_terms\`;`)
  await db.run(sql`DROP TABLE \`glossary\`;`)
  await db.run(sql`DROP TABLE \`glossary_texts\`;`)
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
  await db.run(sql`CREATE TABLE \`__new_clinic_info\` (
  	\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
  	\`name\` text,
  	\`contact_heading\` text,
  	\`contact_text\` text,
  	\`contact_email\` text,
  	\`contact_phone\` text,
  	\`contact_address\` text,
  	\`medical_disclaimer\` text,
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
  	FOREIGN KEY (\`review_request_requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_clinic_info\`("id", "name", "contact_heading", "contact_text", "contact_email", "contact_phone", "contact_address", "medical_disclaimer", "review_request_status", "review_request_requested_by_id", "review_request_requested_by_name", "review_request_requested_at", "review_request_publish_at", "review_request_comment", "review_request_comment_by_name", "review_request_comment_at", "_status", "updated_at", "created_at") SELECT "id", "name", "contact_heading", "contact_text", "contact_email", "contact_phone", "contact_address", "medical_disclaimer", "review_request_status", "review_request_requested_by_id", "review_request_requested_by_name", "review_request_requested_at", "review_request_publish_at", "review_request_comment", "review_request_comment_by_name", "review_request_comment_at", "_status", "updated_at", "created_at" FROM \`clinic_info\`;`)
  await db.run(sql`DROP TABLE \`clinic_info\`;`)
  await db.run(sql`ALTER TABLE \`__new_clinic_info\` RENAME TO \`clinic_info\`;`)
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
  	FOREIGN KEY (\`version_review_request_requested_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__clinic_info_v\`("id", "version_name", "version_contact_heading", "version_contact_text", "version_contact_email", "version_contact_phone", "version_contact_address", "version_medical_disclaimer", "version_review_request_status", "version_review_request_requested_by_id", "version_review_request_requested_by_name", "version_review_request_requested_at", "version_review_request_publish_at", "version_review_request_comment", "version_review_request_comment_by_name", "version_review_request_comment_at", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "latest", "autosave") SELECT "id", "version_name", "version_contact_heading", "version_contact_text", "version_contact_email", "version_contact_phone", "version_contact_address", "version_medical_disclaimer", "version_review_request_status", "version_review_request_requested_by_id", "version_review_request_requested_by_name", "version_review_request_requested_at", "version_review_request_publish_at", "version_review_request_comment", "version_review_request_comment_by_name", "version_review_request_comment_at", "version__status", "version_updated_at", "version_created_at", "created_at", "updated_at", "latest", "autosave" FROM \`_clinic_info_v\`;`)
  await db.run(sql`DROP TABLE \`_clinic_info_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__clinic_info_v\` RENAME TO \`_clinic_info_v\`;`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_version_review_request_version_review_req_idx\` ON \`_clinic_info_v\` (\`version_review_request_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_version_version__status_idx\` ON \`_clinic_info_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_created_at_idx\` ON \`_clinic_info_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_updated_at_idx\` ON \`_clinic_info_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_latest_idx\` ON \`_clinic_info_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_clinic_info_v_autosave_idx\` ON \`_clinic_info_v\` (\`autosave\`);`)
}

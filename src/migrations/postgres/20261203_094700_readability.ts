import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_readability_grade_formula" AS ENUM('smog', 'flesch-kincaid');
  CREATE TYPE "public"."enum__articles_v_version_readability_grade_formula" AS ENUM('smog', 'flesch-kincaid');
  CREATE TYPE "public"."enum_services_readability_grade_formula" AS ENUM('smog', 'flesch-kincaid');
  CREATE TYPE "public"."enum__services_v_version_readability_grade_formula" AS ENUM('smog', 'flesch-kincaid');
  CREATE TYPE "public"."enum_provider_discounts_readability_grade_formula" AS ENUM('smog', 'flesch-kincaid');
  CREATE TYPE "public"."enum__provider_discounts_v_version_readability_grade_formula" AS ENUM('smog', 'flesch-kincaid');
  CREATE TYPE "public"."enum_clinic_info_readability_grade_formula" AS ENUM('smog', 'flesch-kincaid');
  CREATE TYPE "public"."enum__clinic_info_v_version_readability_grade_formula" AS ENUM('smog', 'flesch-kincaid');
  CREATE TABLE "articles_readability_problems" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"message" varchar,
  	"excerpt" varchar,
  	"kind" varchar,
  	"where" varchar,
  	"field" varchar,
  	"term" varchar
  );
  
  CREATE TABLE "_articles_v_version_readability_problems" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"message" varchar,
  	"excerpt" varchar,
  	"kind" varchar,
  	"where" varchar,
  	"field" varchar,
  	"term" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "services_readability_problems" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"message" varchar,
  	"excerpt" varchar,
  	"kind" varchar,
  	"where" varchar,
  	"field" varchar,
  	"term" varchar
  );
  
  CREATE TABLE "_services_v_version_readability_problems" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"message" varchar,
  	"excerpt" varchar,
  	"kind" varchar,
  	"where" varchar,
  	"field" varchar,
  	"term" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "provider_discounts_readability_problems" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"message" varchar,
  	"excerpt" varchar,
  	"kind" varchar,
  	"where" varchar,
  	"field" varchar,
  	"term" varchar
  );
  
  CREATE TABLE "provider_discounts_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_provider_discounts_v_version_readability_problems" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"message" varchar,
  	"excerpt" varchar,
  	"kind" varchar,
  	"where" varchar,
  	"field" varchar,
  	"term" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_provider_discounts_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "clinic_info_readability_problems" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"message" varchar,
  	"excerpt" varchar,
  	"kind" varchar,
  	"where" varchar,
  	"field" varchar,
  	"term" varchar
  );
  
  CREATE TABLE "clinic_info_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_clinic_info_v_version_readability_problems" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"message" varchar,
  	"excerpt" varchar,
  	"kind" varchar,
  	"where" varchar,
  	"field" varchar,
  	"term" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_clinic_info_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "glossary_terms" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"term" varchar NOT NULL,
  	"plain" varchar
  );
  
  CREATE TABLE "glossary" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"target_grade" numeric DEFAULT 8 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "glossary_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "articles" ADD COLUMN "readability_grade" numeric;
  ALTER TABLE "articles" ADD COLUMN "readability_grade_formula" "enum_articles_readability_grade_formula";
  ALTER TABLE "articles" ADD COLUMN "readability_target_grade" numeric;
  ALTER TABLE "articles" ADD COLUMN "readability_flesch_kincaid_grade" numeric;
  ALTER TABLE "articles" ADD COLUMN "readability_smog_grade" numeric;
  ALTER TABLE "articles" ADD COLUMN "readability_flesch_reading_ease" numeric;
  ALTER TABLE "articles" ADD COLUMN "readability_words" numeric;
  ALTER TABLE "articles" ADD COLUMN "readability_sentences" numeric;
  ALTER TABLE "articles" ADD COLUMN "readability_paragraphs" numeric;
  ALTER TABLE "articles" ADD COLUMN "readability_polysyllabic_words" numeric;
  ALTER TABLE "articles" ADD COLUMN "readability_long_sentences" numeric;
  ALTER TABLE "articles" ADD COLUMN "readability_long_paragraphs" numeric;
  ALTER TABLE "articles" ADD COLUMN "readability_passive_share" numeric;
  ALTER TABLE "articles" ADD COLUMN "readability_checked_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "readability_override_reason" varchar;
  ALTER TABLE "articles" ADD COLUMN "readability_overridden_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "readability_overridden_grade" numeric;
  ALTER TABLE "_articles_v" ADD COLUMN "version_readability_grade" numeric;
  ALTER TABLE "_articles_v" ADD COLUMN "version_readability_grade_formula" "enum__articles_v_version_readability_grade_formula";
  ALTER TABLE "_articles_v" ADD COLUMN "version_readability_target_grade" numeric;
  ALTER TABLE "_articles_v" ADD COLUMN "version_readability_flesch_kincaid_grade" numeric;
  ALTER TABLE "_articles_v" ADD COLUMN "version_readability_smog_grade" numeric;
  ALTER TABLE "_articles_v" ADD COLUMN "version_readability_flesch_reading_ease" numeric;
  ALTER TABLE "_articles_v" ADD COLUMN "version_readability_words" numeric;
  ALTER TABLE "_articles_v" ADD COLUMN "version_readability_sentences" numeric;
  ALTER TABLE "_articles_v" ADD COLUMN "version_readability_paragraphs" numeric;
  ALTER TABLE "_articles_v" ADD COLUMN "version_readability_polysyllabic_words" numeric;
  ALTER TABLE "_articles_v" ADD COLUMN "version_readability_long_sentences" numeric;
  ALTER TABLE "_articles_v" ADD COLUMN "version_readability_long_paragraphs" numeric;
  ALTER TABLE "_articles_v" ADD COLUMN "version_readability_passive_share" numeric;
  ALTER TABLE "_articles_v" ADD COLUMN "version_readability_checked_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_readability_override_reason" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_readability_overridden_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_readability_overridden_grade" numeric;
  ALTER TABLE "services" ADD COLUMN "readability_grade" numeric;
  ALTER TABLE "services" ADD COLUMN "readability_grade_formula" "enum_services_readability_grade_formula";
  ALTER TABLE "services" ADD COLUMN "readability_target_grade" numeric;
  ALTER TABLE "services" ADD COLUMN "readability_flesch_kincaid_grade" numeric;
  ALTER TABLE "services" ADD COLUMN "readability_smog_grade" numeric;
  ALTER TABLE "services" ADD COLUMN "readability_flesch_reading_ease" numeric;
  ALTER TABLE "services" ADD COLUMN "readability_words" numeric;
  ALTER TABLE "services" ADD COLUMN "readability_sentences" numeric;
  ALTER TABLE "services" ADD COLUMN "readability_paragraphs" numeric;
  ALTER TABLE "services" ADD COLUMN "readability_polysyllabic_words" numeric;
  ALTER TABLE "services" ADD COLUMN "readability_long_sentences" numeric;
  ALTER TABLE "services" ADD COLUMN "readability_long_paragraphs" numeric;
  ALTER TABLE "services" ADD COLUMN "readability_passive_share" numeric;
  ALTER TABLE "services" ADD COLUMN "readability_checked_at" timestamp(3) with time zone;
  ALTER TABLE "services" ADD COLUMN "readability_override_reason" varchar;
  ALTER TABLE "services" ADD COLUMN "readability_overridden_by_id" integer;
  ALTER TABLE "services" ADD COLUMN "readability_overridden_grade" numeric;
  ALTER TABLE "_services_v" ADD COLUMN "version_readability_grade" numeric;
  ALTER TABLE "_services_v" ADD COLUMN "version_readability_grade_formula" "enum__services_v_version_readability_grade_formula";
  ALTER TABLE "_services_v" ADD COLUMN "version_readability_target_grade" numeric;
  ALTER TABLE "_services_v" ADD COLUMN "version_readability_flesch_kincaid_grade" numeric;
  ALTER TABLE "_services_v" ADD COLUMN "version_readability_smog_grade" numeric;
  ALTER TABLE "_services_v" ADD COLUMN "version_readability_flesch_reading_ease" numeric;
  ALTER TABLE "_services_v" ADD COLUMN "version_readability_words" numeric;
  ALTER TABLE "_services_v" ADD COLUMN "version_readability_sentences" numeric;
  ALTER TABLE "_services_v" ADD COLUMN "version_readability_paragraphs" numeric;
  ALTER TABLE "_services_v" ADD COLUMN "version_readability_polysyllabic_words" numeric;
  ALTER TABLE "_services_v" ADD COLUMN "version_readability_long_sentences" numeric;
  ALTER TABLE "_services_v" ADD COLUMN "version_readability_long_paragraphs" numeric;
  ALTER TABLE "_services_v" ADD COLUMN "version_readability_passive_share" numeric;
  ALTER TABLE "_services_v" ADD COLUMN "version_readability_checked_at" timestamp(3) with time zone;
  ALTER TABLE "_services_v" ADD COLUMN "version_readability_override_reason" varchar;
  ALTER TABLE "_services_v" ADD COLUMN "version_readability_overridden_by_id" integer;
  ALTER TABLE "_services_v" ADD COLUMN "version_readability_overridden_grade" numeric;
  ALTER TABLE "provider_discounts" ADD COLUMN "readability_grade" numeric;
  ALTER TABLE "provider_discounts" ADD COLUMN "readability_grade_formula" "enum_provider_discounts_readability_grade_formula";
  ALTER TABLE "provider_discounts" ADD COLUMN "readability_target_grade" numeric;
  ALTER TABLE "provider_discounts" ADD COLUMN "readability_flesch_kincaid_grade" numeric;
  ALTER TABLE "provider_discounts" ADD COLUMN "readability_smog_grade" numeric;
  ALTER TABLE "provider_discounts" ADD COLUMN "readability_flesch_reading_ease" numeric;
  ALTER TABLE "provider_discounts" ADD COLUMN "readability_words" numeric;
  ALTER TABLE "provider_discounts" ADD COLUMN "readability_sentences" numeric;
  ALTER TABLE "provider_discounts" ADD COLUMN "readability_paragraphs" numeric;
  ALTER TABLE "provider_discounts" ADD COLUMN "readability_polysyllabic_words" numeric;
  ALTER TABLE "provider_discounts" ADD COLUMN "readability_long_sentences" numeric;
  ALTER TABLE "provider_discounts" ADD COLUMN "readability_long_paragraphs" numeric;
  ALTER TABLE "provider_discounts" ADD COLUMN "readability_passive_share" numeric;
  ALTER TABLE "provider_discounts" ADD COLUMN "readability_checked_at" timestamp(3) with time zone;
  ALTER TABLE "provider_discounts" ADD COLUMN "readability_override_reason" varchar;
  ALTER TABLE "provider_discounts" ADD COLUMN "readability_overridden_by_id" integer;
  ALTER TABLE "provider_discounts" ADD COLUMN "readability_overridden_grade" numeric;
  ALTER TABLE "_provider_discounts_v" ADD COLUMN "version_readability_grade" numeric;
  ALTER TABLE "_provider_discounts_v" ADD COLUMN "version_readability_grade_formula" "enum__provider_discounts_v_version_readability_grade_formula";
  ALTER TABLE "_provider_discounts_v" ADD COLUMN "version_readability_target_grade" numeric;
  ALTER TABLE "_provider_discounts_v" ADD COLUMN "version_readability_flesch_kincaid_grade" numeric;
  ALTER TABLE "_provider_discounts_v" ADD COLUMN "version_readability_smog_grade" numeric;
  ALTER TABLE "_provider_discounts_v" ADD COLUMN "version_readability_flesch_reading_ease" numeric;
  ALTER TABLE "_provider_discounts_v" ADD COLUMN "version_readability_words" numeric;
  ALTER TABLE "_provider_discounts_v" ADD COLUMN "version_readability_sentences" numeric;
  ALTER TABLE "_provider_discounts_v" ADD COLUMN "version_readability_paragraphs" numeric;
  ALTER TABLE "_provider_discounts_v" ADD COLUMN "version_readability_polysyllabic_words" numeric;
  ALTER TABLE "_provider_discounts_v" ADD COLUMN "version_readability_long_sentences" numeric;
  ALTER TABLE "_provider_discounts_v" ADD COLUMN "version_readability_long_paragraphs" numeric;
  ALTER TABLE "_provider_discounts_v" ADD COLUMN "version_readability_passive_share" numeric;
  ALTER TABLE "_provider_discounts_v" ADD COLUMN "version_readability_checked_at" timestamp(3) with time zone;
  ALTER TABLE "_provider_discounts_v" ADD COLUMN "version_readability_override_reason" varchar;
  ALTER TABLE "_provider_discounts_v" ADD COLUMN "version_readability_overridden_by_id" integer;
  ALTER TABLE "_provider_discounts_v" ADD COLUMN "version_readability_overridden_grade" numeric;
  ALTER TABLE "clinic_info" ADD COLUMN "readability_grade" numeric;
  ALTER TABLE "clinic_info" ADD COLUMN "readability_grade_formula" "enum_clinic_info_readability_grade_formula";
  ALTER TABLE "clinic_info" ADD COLUMN "readability_target_grade" numeric;
  ALTER TABLE "clinic_info" ADD COLUMN "readability_flesch_kincaid_grade" numeric;
  ALTER TABLE "clinic_info" ADD COLUMN "readability_smog_grade" numeric;
  ALTER TABLE "clinic_info" ADD COLUMN "readability_flesch_reading_ease" numeric;
  ALTER TABLE "clinic_info" ADD COLUMN "readability_words" numeric;
  ALTER TABLE "clinic_info" ADD COLUMN "readability_sentences" numeric;
  ALTER TABLE "clinic_info" ADD COLUMN "readability_paragraphs" numeric;
  ALTER TABLE "clinic_info" ADD COLUMN "readability_polysyllabic_words" numeric;
  ALTER TABLE "clinic_info" ADD COLUMN "readability_long_sentences" numeric;
  ALTER TABLE "clinic_info" ADD COLUMN "readability_long_paragraphs" numeric;
  ALTER TABLE "clinic_info" ADD COLUMN "readability_passive_share" numeric;
  ALTER TABLE "clinic_info" ADD COLUMN "readability_checked_at" timestamp(3) with time zone;
  ALTER TABLE "clinic_info" ADD COLUMN "readability_override_reason" varchar;
  ALTER TABLE "clinic_info" ADD COLUMN "readability_overridden_by_id" integer;
  ALTER TABLE "clinic_info" ADD COLUMN "readability_overridden_grade" numeric;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_readability_grade" numeric;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_readability_grade_formula" "enum__clinic_info_v_version_readability_grade_formula";
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_readability_target_grade" numeric;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_readability_flesch_kincaid_grade" numeric;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_readability_smog_grade" numeric;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_readability_flesch_reading_ease" numeric;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_readability_words" numeric;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_readability_sentences" numeric;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_readability_paragraphs" numeric;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_readability_polysyllabic_words" numeric;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_readability_long_sentences" numeric;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_readability_long_paragraphs" numeric;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_readability_passive_share" numeric;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_readability_checked_at" timestamp(3) with time zone;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_readability_override_reason" varchar;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_readability_overridden_by_id" integer;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_readability_overridden_grade" numeric;
  ALTER TABLE "articles_readability_problems" ADD CONSTRAINT "articles_readability_problems_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_articles_v_version_readability_problems" ADD CONSTRAINT "_articles_v_version_readability_problems_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_articles_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "services_readability_problems" ADD CONSTRAINT "services_readability_problems_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_services_v_version_readability_problems" ADD CONSTRAINT "_services_v_version_readability_problems_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_services_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "provider_discounts_readability_problems" ADD CONSTRAINT "provider_discounts_readability_problems_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."provider_discounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "provider_discounts_texts" ADD CONSTRAINT "provider_discounts_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."provider_discounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_provider_discounts_v_version_readability_problems" ADD CONSTRAINT "_provider_discounts_v_version_readability_problems_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_provider_discounts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_provider_discounts_v_texts" ADD CONSTRAINT "_provider_discounts_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_provider_discounts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinic_info_readability_problems" ADD CONSTRAINT "clinic_info_readability_problems_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."clinic_info"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "clinic_info_texts" ADD CONSTRAINT "clinic_info_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."clinic_info"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clinic_info_v_version_readability_problems" ADD CONSTRAINT "_clinic_info_v_version_readability_problems_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_clinic_info_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_clinic_info_v_texts" ADD CONSTRAINT "_clinic_info_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_clinic_info_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_terms" ADD CONSTRAINT "glossary_terms_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_texts" ADD CONSTRAINT "glossary_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."glossary"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "articles_readability_problems_order_idx" ON "articles_readability_problems" USING btree ("_order");
  CREATE INDEX "articles_readability_problems_parent_id_idx" ON "articles_readability_problems" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_version_readability_problems_order_idx" ON "_articles_v_version_readability_problems" USING btree ("_order");
  CREATE INDEX "_articles_v_version_readability_problems_parent_id_idx" ON "_articles_v_version_readability_problems" USING btree ("_parent_id");
  CREATE INDEX "services_readability_problems_order_idx" ON "services_readability_problems" USING btree ("_order");
  CREATE INDEX "services_readability_problems_parent_id_idx" ON "services_readability_problems" USING btree ("_parent_id");
  CREATE INDEX "_services_v_version_readability_problems_order_idx" ON "_services_v_version_readability_problems" USING btree ("_order");
  CREATE INDEX "_services_v_version_readability_problems_parent_id_idx" ON "_services_v_version_readability_problems" USING btree ("_parent_id");
  CREATE INDEX "provider_discounts_readability_problems_order_idx" ON "provider_discounts_readability_problems" USING btree ("_order");
  CREATE INDEX "provider_discounts_readability_problems_parent_id_idx" ON "provider_discounts_readability_problems" USING btree ("_parent_id");
  CREATE INDEX "provider_discounts_texts_order_parent" ON "provider_discounts_texts" USING btree ("order","parent_id");
  CREATE INDEX "_provider_discounts_v_version_readability_problems_order_idx" ON "_provider_discounts_v_version_readability_problems" USING btree ("_order");
  CREATE INDEX "_provider_discounts_v_version_readability_problems_parent_id_idx" ON "_provider_discounts_v_version_readability_problems" USING btree ("_parent_id");
  CREATE INDEX "_provider_discounts_v_texts_order_parent" ON "_provider_discounts_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "clinic_info_readability_problems_order_idx" ON "clinic_info_readability_problems" USING btree ("_order");
  CREATE INDEX "clinic_info_readability_problems_parent_id_idx" ON "clinic_info_readability_problems" USING btree ("_parent_id");
  CREATE INDEX "clinic_info_texts_order_parent" ON "clinic_info_texts" USING btree ("order","parent_id");
  CREATE INDEX "_clinic_info_v_version_readability_problems_order_idx" ON "_clinic_info_v_version_readability_problems" USING btree ("_order");
  CREATE INDEX "_clinic_info_v_version_readability_problems_parent_id_idx" ON "_clinic_info_v_version_readability_problems" USING btree ("_parent_id");
  CREATE INDEX "_clinic_info_v_texts_order_parent" ON "_clinic_info_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "glossary_terms_order_idx" ON "glossary_terms" USING btree ("_order");
  CREATE INDEX "glossary_terms_parent_id_idx" ON "glossary_terms" USING btree ("_parent_id");
  CREATE INDEX "glossary_texts_order_parent" ON "glossary_texts" USING btree ("order","parent_id");
  ALTER TABLE "articles" ADD CONSTRAINT "articles_readability_overridden_by_id_users_id_fk" FOREIGN KEY ("readability_overridden_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_readability_overridden_by_id_users_id_fk" FOREIGN KEY ("version_readability_overridden_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "services" ADD CONSTRAINT "services_readability_overridden_by_id_users_id_fk" FOREIGN KEY ("readability_overridden_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_version_readability_overridden_by_id_users_id_fk" FOREIGN KEY ("version_readability_overridden_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "provider_discounts" ADD CONSTRAINT "provider_discounts_readability_overridden_by_id_users_id_fk" FOREIGN KEY ("readability_overridden_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_provider_discounts_v" ADD CONSTRAINT "_provider_discounts_v_version_readability_overridden_by_id_users_id_fk" FOREIGN KEY ("version_readability_overridden_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clinic_info" ADD CONSTRAINT "clinic_info_readability_overridden_by_id_users_id_fk" FOREIGN KEY ("readability_overridden_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clinic_info_v" ADD CONSTRAINT "_clinic_info_v_version_readability_overridden_by_id_users_id_fk" FOREIGN KEY ("version_readability_overridden_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_readability_readability_overridden_by_idx" ON "articles" USING btree ("readability_overridden_by_id");
  CREATE INDEX "_articles_v_version_readability_version_readability_over_idx" ON "_articles_v" USING btree ("version_readability_overridden_by_id");
  CREATE INDEX "services_readability_readability_overridden_by_idx" ON "services" USING btree ("readability_overridden_by_id");
  CREATE INDEX "_services_v_version_readability_version_readability_over_idx" ON "_services_v" USING btree ("version_readability_overridden_by_id");
  CREATE INDEX "provider_discounts_readability_readability_overridden_by_idx" ON "provider_discounts" USING btree ("readability_overridden_by_id");
  CREATE INDEX "_provider_discounts_v_version_readability_version_readab_idx" ON "_provider_discounts_v" USING btree ("version_readability_overridden_by_id");
  CREATE INDEX "clinic_info_readability_readability_overridden_by_idx" ON "clinic_info" USING btree ("readability_overridden_by_id");
  CREATE INDEX "_clinic_info_v_version_readability_version_readability_o_idx" ON "_clinic_info_v" USING btree ("version_readability_overridden_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles_readability_problems" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_articles_v_version_readability_problems" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "services_readability_problems" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_services_v_version_readability_problems" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "provider_discounts_readability_problems" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "provider_discounts_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_provider_discounts_v_version_readability_problems" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_provider_discounts_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "clinic_info_readability_problems" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "clinic_info_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_clinic_info_v_version_readability_problems" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_clinic_info_v_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "glossary_terms" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "glossary" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "glossary_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "articles_readability_problems" CASCADE;
  DROP TABLE "_articles_v_version_readability_problems" CASCADE;
  DROP TABLE "services_readability_problems" CASCADE;
  DROP TABLE "_services_v_version_readability_problems" CASCADE;
  DROP TABLE "provider_discounts_readability_problems" CASCADE;
  DROP TABLE "provider_discounts_texts" CASCADE;
  DROP TABLE "_provider_discounts_v_version_readability_problems" CASCADE;
  DROP TABLE "_provider_discounts_v_texts" CASCADE;
  DROP TABLE "clinic_info_readability_problems" CASCADE;
  DROP TABLE "clinic_info_texts" CASCADE;
  DROP TABLE "_clinic_info_v_version_readability_problems" CASCADE;
  DROP TABLE "_clinic_info_v_texts" CASCADE;
  DROP TABLE "glossary_terms" CASCADE;
  DROP TABLE "glossary" CASCADE;
  DROP TABLE "glossary_texts" CASCADE;
  ALTER TABLE "articles" DROP CONSTRAINT "articles_readability_overridden_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_readability_overridden_by_id_users_id_fk";
  
  ALTER TABLE "services" DROP CONSTRAINT "services_readability_overridden_by_id_users_id_fk";
  
  ALTER TABLE "_services_v" DROP CONSTRAINT "_services_v_version_readability_overridden_by_id_users_id_fk";
  
  ALTER TABLE "provider_discounts" DROP CONSTRAINT "provider_discounts_readability_overridden_by_id_users_id_fk";
  
  ALTER TABLE "_provider_discounts_v" DROP CONSTRAINT "_provider_discounts_v_version_readability_overridden_by_id_users_id_fk";
  
  ALTER TABLE "clinic_info" DROP CONSTRAINT "clinic_info_readability_overridden_by_id_users_id_fk";
  
  ALTER TABLE "_clinic_info_v" DROP CONSTRAINT "_clinic_info_v_version_readability_overridden_by_id_users_id_fk";
  
  DROP INDEX "articles_readability_readability_overridden_by_idx";
  DROP INDEX "_articles_v_version_readability_version_readability_over_idx";
  DROP INDEX "services_readability_readability_overridden_by_idx";
  DROP INDEX "_services_v_version_readability_version_readability_over_idx";
  DROP INDEX "provider_discounts_readability_readability_overridden_by_idx";
  DROP INDEX "_provider_discounts_v_version_readability_version_readab_idx";
  DROP INDEX "clinic_info_readability_readability_overridden_by_idx";
  DROP INDEX "_clinic_info_v_version_readability_version_readability_o_idx";
  ALTER TABLE "articles" DROP COLUMN "readability_grade";
  ALTER TABLE "articles" DROP COLUMN "readability_grade_formula";
  ALTER TABLE "articles" DROP COLUMN "readability_target_grade";
  ALTER TABLE "articles" DROP COLUMN "readability_flesch_kincaid_grade";
  ALTER TABLE "articles" DROP COLUMN "readability_smog_grade";
  ALTER TABLE "articles" DROP COLUMN "readability_flesch_reading_ease";
  ALTER TABLE "articles" DROP COLUMN "readability_words";
  ALTER TABLE "articles" DROP COLUMN "readability_sentences";
  ALTER TABLE "articles" DROP COLUMN "readability_paragraphs";
  ALTER TABLE "articles" DROP COLUMN "readability_polysyllabic_words";
  ALTER TABLE "articles" DROP COLUMN "readability_long_sentences";
  ALTER TABLE "articles" DROP COLUMN "readability_long_paragraphs";
  ALTER TABLE "articles" DROP COLUMN "readability_passive_share";
  ALTER TABLE "articles" DROP COLUMN "readability_checked_at";
  ALTER TABLE "articles" DROP COLUMN "readability_override_reason";
  ALTER TABLE "articles" DROP COLUMN "readability_overridden_by_id";
  ALTER TABLE "articles" DROP COLUMN "readability_overridden_grade";
  ALTER TABLE "_articles_v" DROP COLUMN "version_readability_grade";
  ALTER TABLE "_articles_v" DROP COLUMN "version_readability_grade_formula";
  ALTER TABLE "_articles_v" DROP COLUMN "version_readability_target_grade";
  ALTER TABLE "_articles_v" DROP COLUMN "version_readability_flesch_kincaid_grade";
  ALTER TABLE "_articles_v" DROP COLUMN "version_readability_smog_grade";
  ALTER TABLE "_articles_v" DROP COLUMN "version_readability_flesch_reading_ease";
  ALTER TABLE "_articles_v" DROP COLUMN "version_readability_words";
  ALTER TABLE "_articles_v" DROP COLUMN "version_readability_sentences";
  ALTER TABLE "_articles_v" DROP COLUMN "version_readability_paragraphs";
  ALTER TABLE "_articles_v" DROP COLUMN "version_readability_polysyllabic_words";
  ALTER TABLE "_articles_v" DROP COLUMN "version_readability_long_sentences";
  ALTER TABLE "_articles_v" DROP COLUMN "version_readability_long_paragraphs";
  ALTER TABLE "_articles_v" DROP COLUMN "version_readability_passive_share";
  ALTER TABLE "_articles_v" DROP COLUMN "version_readability_checked_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_readability_override_reason";
  ALTER TABLE "_articles_v" DROP COLUMN "version_readability_overridden_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_readability_overridden_grade";
  ALTER TABLE "services" DROP COLUMN "readability_grade";
  ALTER TABLE "services" DROP COLUMN "readability_grade_formula";
  ALTER TABLE "services" DROP COLUMN "readability_target_grade";
  ALTER TABLE "services" DROP COLUMN "readability_flesch_kincaid_grade";
  ALTER TABLE "services" DROP COLUMN "readability_smog_grade";
  ALTER TABLE "services" DROP COLUMN "readability_flesch_reading_ease";
  ALTER TABLE "services" DROP COLUMN "readability_words";
  ALTER TABLE "services" DROP COLUMN "readability_sentences";
  ALTER TABLE "services" DROP COLUMN "readability_paragraphs";
  ALTER TABLE "services" DROP COLUMN "readability_polysyllabic_words";
  ALTER TABLE "services" DROP COLUMN "readability_long_sentences";
  ALTER TABLE "services" DROP COLUMN "readability_long_paragraphs";
  ALTER TABLE "services" DROP COLUMN "readability_passive_share";
  ALTER TABLE "services" DROP COLUMN "readability_checked_at";
  ALTER TABLE "services" DROP COLUMN "readability_override_reason";
  ALTER TABLE "services" DROP COLUMN "readability_overridden_by_id";
  ALTER TABLE "services" DROP COLUMN "readability_overridden_grade";
  ALTER TABLE "_services_v" DROP COLUMN "version_readability_grade";
  ALTER TABLE "_services_v" DROP COLUMN "version_readability_grade_formula";
  ALTER TABLE "_services_v" DROP COLUMN "version_readability_target_grade";
  ALTER TABLE "_services_v" DROP COLUMN "version_readability_flesch_kincaid_grade";
  ALTER TABLE "_services_v" DROP COLUMN "version_readability_smog_grade";
  ALTER TABLE "_services_v" DROP COLUMN "version_readability_flesch_reading_ease";
  ALTER TABLE "_services_v" DROP COLUMN "version_readability_words";
  ALTER TABLE "_services_v" DROP COLUMN "version_readability_sentences";
  ALTER TABLE "_services_v" DROP COLUMN "version_readability_paragraphs";
  ALTER TABLE "_services_v" DROP COLUMN "version_readability_polysyllabic_words";
  ALTER TABLE "_services_v" DROP COLUMN "version_readability_long_sentences";
  ALTER TABLE "_services_v" DROP COLUMN "version_readability_long_paragraphs";
  ALTER TABLE "_services_v" DROP COLUMN "version_readability_passive_share";
  ALTER TABLE "_services_v" DROP COLUMN "version_readability_checked_at";
  ALTER TABLE "_services_v" DROP COLUMN "version_readability_override_reason";
  ALTER TABLE "_services_v" DROP COLUMN "version_readability_overridden_by_id";
  ALTER TABLE "_services_v" DROP COLUMN "version_readability_overridden_grade";
  ALTER TABLE "provider_discounts" DROP COLUMN "readability_grade";
  ALTER TABLE "provider_discounts" DROP COLUMN "readability_grade_formula";
  ALTER TABLE "provider_discounts" DROP COLUMN "readability_target_grade";
  ALTER TABLE "provider_discounts" DROP COLUMN "readability_flesch_kincaid_grade";
  ALTER TABLE "provider_discounts" DROP COLUMN "readability_smog_grade";
  ALTER TABLE "provider_discounts" DROP COLUMN "readability_flesch_reading_ease";
  ALTER TABLE "provider_discounts" DROP COLUMN "readability_words";
  ALTER TABLE "provider_discounts" DROP COLUMN "readability_sentences";
  ALTER TABLE "provider_discounts" DROP COLUMN "readability_paragraphs";
  ALTER TABLE "provider_discounts" DROP COLUMN "readability_polysyllabic_words";
  ALTER TABLE "provider_discounts" DROP COLUMN "readability_long_sentences";
  ALTER TABLE "provider_discounts" DROP COLUMN "readability_long_paragraphs";
  ALTER TABLE "provider_discounts" DROP COLUMN "readability_passive_share";
  ALTER TABLE "provider_discounts" DROP COLUMN "readability_checked_at";
  ALTER TABLE "provider_discounts" DROP COLUMN "readability_override_reason";
  ALTER TABLE "provider_discounts" DROP COLUMN "readability_overridden_by_id";
  ALTER TABLE "provider_discounts" DROP COLUMN "readability_overridden_grade";
  ALTER TABLE "_provider_discounts_v" DROP COLUMN "version_readability_grade";
  ALTER TABLE "_provider_discounts_v" DROP COLUMN "version_readability_grade_formula";
  ALTER TABLE "_provider_discounts_v" DROP COLUMN "version_readability_target_grade";
  ALTER TABLE "_provider_discounts_v" DROP COLUMN "version_readability_flesch_kincaid_grade";
  ALTER TABLE "_provider_discounts_v" DROP COLUMN "version_readability_smog_grade";
  ALTER TABLE "_provider_discounts_v" DROP COLUMN "version_readability_flesch_reading_ease";
  ALTER TABLE "_provider_discounts_v" DROP COLUMN "version_readability_words";
  ALTER TABLE "_provider_discounts_v" DROP COLUMN "version_readability_sentences";
  ALTER TABLE "_provider_discounts_v" DROP COLUMN "version_readability_paragraphs";
  ALTER TABLE "_provider_discounts_v" DROP COLUMN "version_readability_polysyllabic_words";
  ALTER TABLE "_provider_discounts_v" DROP COLUMN "version_readability_long_sentences";
  ALTER TABLE "_provider_discounts_v" DROP COLUMN "version_readability_long_paragraphs";
  ALTER TABLE "_provider_discounts_v" DROP COLUMN "version_readability_passive_share";
  ALTER TABLE "_provider_discounts_v" DROP COLUMN "version_readability_checked_at";
  ALTER TABLE "_provider_discounts_v" DROP COLUMN "version_readability_override_reason";
  ALTER TABLE "_provider_discounts_v" DROP COLUMN "version_readability_overridden_by_id";
  ALTER TABLE "_provider_discounts_v" DROP COLUMN "version_readability_overridden_grade";
  ALTER TABLE "clinic_info" DROP COLUMN "readability_grade";
  ALTER TABLE "clinic_info" DROP COLUMN "readability_grade_formula";
  ALTER TABLE "clinic_info" DROP COLUMN "readability_target_grade";
  ALTER TABLE "clinic_info" DROP COLUMN "readability_flesch_kincaid_grade";
  ALTER TABLE "clinic_info" DROP COLUMN "readability_smog_grade";
  ALTER TABLE "clinic_info" DROP COLUMN "readability_flesch_reading_ease";
  ALTER TABLE "clinic_info" DROP COLUMN "readability_words";
  ALTER TABLE "clinic_info" DROP COLUMN "readability_sentences";
  ALTER TABLE "clinic_info" DROP COLUMN "readability_paragraphs";
  ALTER TABLE "clinic_info" DROP COLUMN "readability_polysyllabic_words";
  ALTER TABLE "clinic_info" DROP COLUMN "readability_long_sentences";
  ALTER TABLE "clinic_info" DROP COLUMN "readability_long_paragraphs";
  ALTER TABLE "clinic_info" DROP COLUMN "readability_passive_share";
  ALTER TABLE "clinic_info" DROP COLUMN "readability_checked_at";
  ALTER TABLE "clinic_info" DROP COLUMN "readability_override_reason";
  ALTER TABLE "clinic_info" DROP COLUMN "readability_overridden_by_id";
  ALTER TABLE "clinic_info" DROP COLUMN "readability_overridden_grade";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_readability_grade";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_readability_grade_formula";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_readability_target_grade";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_readability_flesch_kincaid_grade";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_readability_smog_grade";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_readability_flesch_reading_ease";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_readability_words";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_readability_sentences";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_readability_paragraphs";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_readability_polysyllabic_words";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_readability_long_sentences";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_readability_long_paragraphs";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_readability_passive_share";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_readability_checked_at";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_readability_override_reason";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_readability_overridden_by_id";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_readability_overridden_grade";
  DROP TYPE "public"."enum_articles_readability_grade_formula";
  DROP TYPE "public"."enum__articles_v_version_readability_grade_formula";
  DROP TYPE "public"."enum_services_readability_grade_formula";
  DROP TYPE "public"."enum__services_v_version_readability_grade_formula";
  DROP TYPE "public"."enum_provider_discounts_readability_grade_formula";
  DROP TYPE "public"."enum__provider_discounts_v_version_readability_grade_formula";
  DROP TYPE "public"."enum_clinic_info_readability_grade_formula";
  DROP TYPE "public"."enum__clinic_info_v_version_readability_grade_formula";`)
}

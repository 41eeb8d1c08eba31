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
  ALTER TABLE "articles" ADD COLUMN "readability_grade_formula" "enum_articles_readability_grade_formula";
  ALTER TABLE "_articles_v" ADD COLUMN "version_readability_grade_formula" "enum__articles_v_version_readability_grade_formula";
  ALTER TABLE "services" ADD COLUMN "readability_grade_formula" "enum_services_readability_grade_formula";
  ALTER TABLE "_services_v" ADD COLUMN "version_readability_grade_formula" "enum__services_v_version_readability_grade_formula";
  ALTER TABLE "provider_discounts" ADD COLUMN "readability_grade_formula" "enum_provider_discounts_readability_grade_formula";
  ALTER TABLE "_provider_discounts_v" ADD COLUMN "version_readability_grade_formula" "enum__provider_discounts_v_version_readability_grade_formula";
  ALTER TABLE "clinic_info" ADD COLUMN "readability_grade_formula" "enum_clinic_info_readability_grade_formula";
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_readability_grade_formula" "enum__clinic_info_v_version_readability_grade_formula";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP COLUMN "readability_grade_formula";
  ALTER TABLE "_articles_v" DROP COLUMN "version_readability_grade_formula";
  ALTER TABLE "services" DROP COLUMN "readability_grade_formula";
  ALTER TABLE "_services_v" DROP COLUMN "version_readability_grade_formula";
  ALTER TABLE "provider_discounts" DROP COLUMN "readability_grade_formula";
  ALTER TABLE "_provider_discounts_v" DROP COLUMN "version_readability_grade_formula";
  ALTER TABLE "clinic_info" DROP COLUMN "readability_grade_formula";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_readability_grade_formula";
  DROP TYPE "public"."enum_articles_readability_grade_formula";
  DROP TYPE "public"."enum__articles_v_version_readability_grade_formula";
  DROP TYPE "public"."enum_services_readability_grade_formula";
  DROP TYPE "public"."enum__services_v_version_readability_grade_formula";
  DROP TYPE "public"."enum_provider_discounts_readability_grade_formula";
  DROP TYPE "public"."enum__provider_discounts_v_version_readability_grade_formula";
  DROP TYPE "public"."enum_clinic_info_readability_grade_formula";
  DROP TYPE "public"."enum__clinic_info_v_version_readability_grade_formula";`)
}

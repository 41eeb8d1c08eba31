import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "provider_discounts" ADD COLUMN "created_by_id" integer;
  ALTER TABLE "provider_discounts" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_provider_discounts_v" ADD COLUMN "version_created_by_id" integer;
  ALTER TABLE "_provider_discounts_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "clinic_info" ADD COLUMN "updated_by_id" integer;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_updated_by_id" integer;
  ALTER TABLE "provider_discounts" ADD CONSTRAINT "provider_discounts_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "provider_discounts" ADD CONSTRAINT "provider_discounts_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_provider_discounts_v" ADD CONSTRAINT "_provider_discounts_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_provider_discounts_v" ADD CONSTRAINT "_provider_discounts_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clinic_info" ADD CONSTRAINT "clinic_info_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clinic_info_v" ADD CONSTRAINT "_clinic_info_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "provider_discounts_created_by_idx" ON "provider_discounts" USING btree ("created_by_id");
  CREATE INDEX "provider_discounts_updated_by_idx" ON "provider_discounts" USING btree ("updated_by_id");
  CREATE INDEX "_provider_discounts_v_version_version_created_by_idx" ON "_provider_discounts_v" USING btree ("version_created_by_id");
  CREATE INDEX "_provider_discounts_v_version_version_updated_by_idx" ON "_provider_discounts_v" USING btree ("version_updated_by_id");
  CREATE INDEX "clinic_info_updated_by_idx" ON "clinic_info" USING btree ("updated_by_id");
  CREATE INDEX "_clinic_info_v_version_version_updated_by_idx" ON "_clinic_info_v" USING btree ("version_updated_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "provider_discounts" DROP CONSTRAINT "provider_discounts_created_by_id_users_id_fk";
  
  ALTER TABLE "provider_discounts" DROP CONSTRAINT "provider_discounts_updated_by_id_users_id_fk";
  
  ALTER TABLE "_provider_discounts_v" DROP CONSTRAINT "_provider_discounts_v_version_created_by_id_users_id_fk";
  
  ALTER TABLE "_provider_discounts_v" DROP CONSTRAINT "_provider_discounts_v_version_updated_by_id_users_id_fk";
  
  ALTER TABLE "clinic_info" DROP CONSTRAINT "clinic_info_updated_by_id_users_id_fk";
  
  ALTER TABLE "_clinic_info_v" DROP CONSTRAINT "_clinic_info_v_version_updated_by_id_users_id_fk";
  
  DROP INDEX "provider_discounts_created_by_idx";
  DROP INDEX "provider_discounts_updated_by_idx";
  DROP INDEX "_provider_discounts_v_version_version_created_by_idx";
  DROP INDEX "_provider_discounts_v_version_version_updated_by_idx";
  DROP INDEX "clinic_info_updated_by_idx";
  DROP INDEX "_clinic_info_v_version_version_updated_by_idx";
  ALTER TABLE "provider_discounts" DROP COLUMN "created_by_id";
  ALTER TABLE "provider_discounts" DROP COLUMN "updated_by_id";
  ALTER TABLE "_provider_discounts_v" DROP COLUMN "version_created_by_id";
  ALTER TABLE "_provider_discounts_v" DROP COLUMN "version_updated_by_id";
  ALTER TABLE "clinic_info" DROP COLUMN "updated_by_id";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_updated_by_id";`)
}

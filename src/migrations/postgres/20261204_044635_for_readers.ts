import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "for_readers_grade" numeric;
  ALTER TABLE "articles" ADD COLUMN "for_readers_minutes" numeric;
  ALTER TABLE "_articles_v" ADD COLUMN "version_for_readers_grade" numeric;
  ALTER TABLE "_articles_v" ADD COLUMN "version_for_readers_minutes" numeric;
  ALTER TABLE "services" ADD COLUMN "for_readers_grade" numeric;
  ALTER TABLE "services" ADD COLUMN "for_readers_minutes" numeric;
  ALTER TABLE "_services_v" ADD COLUMN "version_for_readers_grade" numeric;
  ALTER TABLE "_services_v" ADD COLUMN "version_for_readers_minutes" numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP COLUMN "for_readers_grade";
  ALTER TABLE "articles" DROP COLUMN "for_readers_minutes";
  ALTER TABLE "_articles_v" DROP COLUMN "version_for_readers_grade";
  ALTER TABLE "_articles_v" DROP COLUMN "version_for_readers_minutes";
  ALTER TABLE "services" DROP COLUMN "for_readers_grade";
  ALTER TABLE "services" DROP COLUMN "for_readers_minutes";
  ALTER TABLE "_services_v" DROP COLUMN "version_for_readers_grade";
  ALTER TABLE "_services_v" DROP COLUMN "version_for_readers_minutes";`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`for_readers_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`for_readers_minutes\` numeric;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_for_readers_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_for_readers_minutes\` numeric;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`for_readers_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`for_readers_minutes\` numeric;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_for_readers_grade\` numeric;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_for_readers_minutes\` numeric;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`for_readers_grade\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`for_readers_minutes\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_for_readers_grade\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_for_readers_minutes\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`for_readers_grade\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`for_readers_minutes\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_for_readers_grade\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_for_readers_minutes\`;`)
}

import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`claim_check_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_claim_check_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`services\` ADD \`claim_check_override_reason\` text;`)
  await db.run(sql`ALTER TABLE \`_services_v\` ADD \`version_claim_check_override_reason\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`claim_check_override_reason\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_claim_check_override_reason\`;`)
  await db.run(sql`ALTER TABLE \`services\` DROP COLUMN \`claim_check_override_reason\`;`)
  await db.run(sql`ALTER TABLE \`_services_v\` DROP COLUMN \`version_claim_check_override_reason\`;`)
}

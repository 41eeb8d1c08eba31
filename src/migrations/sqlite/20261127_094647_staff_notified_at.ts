import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`contact_submissions\` ADD \`staff_notified_at\` text;`)
  await db.run(sql`CREATE INDEX \`contact_submissions_staff_notified_at_idx\` ON \`contact_submissions\` (\`staff_notified_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`contact_submissions_staff_notified_at_idx\`;`)
  await db.run(sql`ALTER TABLE \`contact_submissions\` DROP COLUMN \`staff_notified_at\`;`)
}

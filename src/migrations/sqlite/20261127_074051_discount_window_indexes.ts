import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE INDEX \`provider_discounts_active_from_idx\` ON \`provider_discounts\` (\`active_from\`);`)
  await db.run(sql`CREATE INDEX \`provider_discounts_active_until_idx\` ON \`provider_discounts\` (\`active_until\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version_active_from_idx\` ON \`_provider_discounts_v\` (\`version_active_from\`);`)
  await db.run(sql`CREATE INDEX \`_provider_discounts_v_version_version_active_until_idx\` ON \`_provider_discounts_v\` (\`version_active_until\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`provider_discounts_active_from_idx\`;`)
  await db.run(sql`DROP INDEX \`provider_discounts_active_until_idx\`;`)
  await db.run(sql`DROP INDEX \`_provider_discounts_v_version_version_active_from_idx\`;`)
  await db.run(sql`DROP INDEX \`_provider_discounts_v_version_version_active_until_idx\`;`)
}

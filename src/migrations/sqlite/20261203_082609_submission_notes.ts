import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`contact_submissions_notes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`text\` text NOT NULL,
  	\`author_id\` integer,
  	\`at\` text NOT NULL,
  	FOREIGN KEY (\`author_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`contact_submissions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`contact_submissions_notes_order_idx\` ON \`contact_submissions_notes\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`contact_submissions_notes_parent_id_idx\` ON \`contact_submissions_notes\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`contact_submissions_notes_author_idx\` ON \`contact_submissions_notes\` (\`author_id\`);`)
  // The old single notes field becomes each submission's first note: its author is not known,
  // and its time is the submission's last change.
  await db.run(sql`INSERT INTO \`contact_submissions_notes\` (\`_order\`, \`_parent_id\`, \`id\`, \`text\`, \`author_id\`, \`at\`)
    SELECT 1, \`id\`, lower(hex(randomblob(12))), \`internal_notes\`, NULL, \`updated_at\` FROM \`contact_submissions\`
    WHERE trim(coalesce(\`internal_notes\`, '')) <> '';`)
  await db.run(sql`ALTER TABLE \`contact_submissions\` DROP COLUMN \`internal_notes\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`contact_submissions\` ADD \`internal_notes\` text;`)
  await db.run(sql`UPDATE \`contact_submissions\` SET \`internal_notes\` = (
    SELECT group_concat(\`text\`, char(10) || char(10)) FROM (
      SELECT \`text\` FROM \`contact_submissions_notes\` WHERE \`_parent_id\` = \`contact_submissions\`.\`id\` ORDER BY \`_order\`));`)
  await db.run(sql`DROP TABLE \`contact_submissions_notes\`;`)
}

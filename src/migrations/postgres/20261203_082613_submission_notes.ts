import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "contact_submissions_notes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"text" varchar NOT NULL,
  	"author_id" integer,
  	"at" timestamp(3) with time zone NOT NULL
  );
  
  ALTER TABLE "contact_submissions_notes" ADD CONSTRAINT "contact_submissions_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contact_submissions_notes" ADD CONSTRAINT "contact_submissions_notes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contact_submissions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "contact_submissions_notes_order_idx" ON "contact_submissions_notes" USING btree ("_order");
  CREATE INDEX "contact_submissions_notes_parent_id_idx" ON "contact_submissions_notes" USING btree ("_parent_id");
  CREATE INDEX "contact_submissions_notes_author_idx" ON "contact_submissions_notes" USING btree ("author_id");
  -- The old single notes field becomes each submission's first note: its author is not known,
  -- and its time is the submission's last change.
  INSERT INTO "contact_submissions_notes" ("_order", "_parent_id", "id", "text", "author_id", "at")
    SELECT 1, "id", substr(md5(random()::text || "id"::text), 1, 24), "internal_notes", NULL, "updated_at" FROM "contact_submissions"
    WHERE trim(coalesce("internal_notes", '')) <> '';
  ALTER TABLE "contact_submissions" DROP COLUMN "internal_notes";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "contact_submissions" ADD COLUMN "internal_notes" varchar;
  UPDATE "contact_submissions" SET "internal_notes" = (
    SELECT string_agg("text", E'\\n\\n' ORDER BY "_order") FROM "contact_submissions_notes" WHERE "_parent_id" = "contact_submissions"."id");
  DROP TABLE "contact_submissions_notes" CASCADE;`)
}

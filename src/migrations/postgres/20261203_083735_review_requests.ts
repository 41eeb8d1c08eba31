import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_articles_review_request_status" AS ENUM('in-review', 'sent-back');
  CREATE TYPE "public"."enum__articles_v_version_review_request_status" AS ENUM('in-review', 'sent-back');
  CREATE TYPE "public"."enum_services_review_request_status" AS ENUM('in-review', 'sent-back');
  CREATE TYPE "public"."enum__services_v_version_review_request_status" AS ENUM('in-review', 'sent-back');
  CREATE TYPE "public"."enum_clinic_info_review_request_status" AS ENUM('in-review', 'sent-back');
  CREATE TYPE "public"."enum__clinic_info_v_version_review_request_status" AS ENUM('in-review', 'sent-back');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'notify-reviewers' BEFORE 'deliver-webhook';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'notify-reviewers' BEFORE 'deliver-webhook';
  ALTER TABLE "articles" ADD COLUMN "review_request_status" "enum_articles_review_request_status";
  ALTER TABLE "articles" ADD COLUMN "review_request_requested_by_id" integer;
  ALTER TABLE "articles" ADD COLUMN "review_request_requested_by_name" varchar;
  ALTER TABLE "articles" ADD COLUMN "review_request_requested_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "review_request_publish_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD COLUMN "review_request_comment" varchar;
  ALTER TABLE "articles" ADD COLUMN "review_request_comment_by_name" varchar;
  ALTER TABLE "articles" ADD COLUMN "review_request_comment_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_request_status" "enum__articles_v_version_review_request_status";
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_request_requested_by_id" integer;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_request_requested_by_name" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_request_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_request_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_request_comment" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_request_comment_by_name" varchar;
  ALTER TABLE "_articles_v" ADD COLUMN "version_review_request_comment_at" timestamp(3) with time zone;
  ALTER TABLE "services" ADD COLUMN "review_request_status" "enum_services_review_request_status";
  ALTER TABLE "services" ADD COLUMN "review_request_requested_by_id" integer;
  ALTER TABLE "services" ADD COLUMN "review_request_requested_by_name" varchar;
  ALTER TABLE "services" ADD COLUMN "review_request_requested_at" timestamp(3) with time zone;
  ALTER TABLE "services" ADD COLUMN "review_request_publish_at" timestamp(3) with time zone;
  ALTER TABLE "services" ADD COLUMN "review_request_comment" varchar;
  ALTER TABLE "services" ADD COLUMN "review_request_comment_by_name" varchar;
  ALTER TABLE "services" ADD COLUMN "review_request_comment_at" timestamp(3) with time zone;
  ALTER TABLE "_services_v" ADD COLUMN "version_review_request_status" "enum__services_v_version_review_request_status";
  ALTER TABLE "_services_v" ADD COLUMN "version_review_request_requested_by_id" integer;
  ALTER TABLE "_services_v" ADD COLUMN "version_review_request_requested_by_name" varchar;
  ALTER TABLE "_services_v" ADD COLUMN "version_review_request_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_services_v" ADD COLUMN "version_review_request_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_services_v" ADD COLUMN "version_review_request_comment" varchar;
  ALTER TABLE "_services_v" ADD COLUMN "version_review_request_comment_by_name" varchar;
  ALTER TABLE "_services_v" ADD COLUMN "version_review_request_comment_at" timestamp(3) with time zone;
  ALTER TABLE "clinic_info" ADD COLUMN "review_request_status" "enum_clinic_info_review_request_status";
  ALTER TABLE "clinic_info" ADD COLUMN "review_request_requested_by_id" integer;
  ALTER TABLE "clinic_info" ADD COLUMN "review_request_requested_by_name" varchar;
  ALTER TABLE "clinic_info" ADD COLUMN "review_request_requested_at" timestamp(3) with time zone;
  ALTER TABLE "clinic_info" ADD COLUMN "review_request_publish_at" timestamp(3) with time zone;
  ALTER TABLE "clinic_info" ADD COLUMN "review_request_comment" varchar;
  ALTER TABLE "clinic_info" ADD COLUMN "review_request_comment_by_name" varchar;
  ALTER TABLE "clinic_info" ADD COLUMN "review_request_comment_at" timestamp(3) with time zone;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_review_request_status" "enum__clinic_info_v_version_review_request_status";
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_review_request_requested_by_id" integer;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_review_request_requested_by_name" varchar;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_review_request_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_review_request_publish_at" timestamp(3) with time zone;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_review_request_comment" varchar;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_review_request_comment_by_name" varchar;
  ALTER TABLE "_clinic_info_v" ADD COLUMN "version_review_request_comment_at" timestamp(3) with time zone;
  ALTER TABLE "articles" ADD CONSTRAINT "articles_review_request_requested_by_id_users_id_fk" FOREIGN KEY ("review_request_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_articles_v" ADD CONSTRAINT "_articles_v_version_review_request_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_request_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "services" ADD CONSTRAINT "services_review_request_requested_by_id_users_id_fk" FOREIGN KEY ("review_request_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_services_v" ADD CONSTRAINT "_services_v_version_review_request_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_request_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "clinic_info" ADD CONSTRAINT "clinic_info_review_request_requested_by_id_users_id_fk" FOREIGN KEY ("review_request_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_clinic_info_v" ADD CONSTRAINT "_clinic_info_v_version_review_request_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_request_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "articles_review_request_review_request_requested_by_idx" ON "articles" USING btree ("review_request_requested_by_id");
  CREATE INDEX "_articles_v_version_review_request_version_review_reques_idx" ON "_articles_v" USING btree ("version_review_request_requested_by_id");
  CREATE INDEX "services_review_request_review_request_requested_by_idx" ON "services" USING btree ("review_request_requested_by_id");
  CREATE INDEX "_services_v_version_review_request_version_review_reques_idx" ON "_services_v" USING btree ("version_review_request_requested_by_id");
  CREATE INDEX "clinic_info_review_request_review_request_requested_by_idx" ON "clinic_info" USING btree ("review_request_requested_by_id");
  CREATE INDEX "_clinic_info_v_version_review_request_version_review_req_idx" ON "_clinic_info_v" USING btree ("version_review_request_requested_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP CONSTRAINT "articles_review_request_requested_by_id_users_id_fk";
  
  ALTER TABLE "_articles_v" DROP CONSTRAINT "_articles_v_version_review_request_requested_by_id_users_id_fk";
  
  ALTER TABLE "services" DROP CONSTRAINT "services_review_request_requested_by_id_users_id_fk";
  
  ALTER TABLE "_services_v" DROP CONSTRAINT "_services_v_version_review_request_requested_by_id_users_id_fk";
  
  ALTER TABLE "clinic_info" DROP CONSTRAINT "clinic_info_review_request_requested_by_id_users_id_fk";
  
  ALTER TABLE "_clinic_info_v" DROP CONSTRAINT "_clinic_info_v_version_review_request_requested_by_id_users_id_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'notify-staff-of-submissions', 'apply-contact-retention', 'mark-overdue-reviews', 'deliver-webhook', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'notify-staff-of-submissions', 'apply-contact-retention', 'mark-overdue-reviews', 'deliver-webhook', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "articles_review_request_review_request_requested_by_idx";
  DROP INDEX "_articles_v_version_review_request_version_review_reques_idx";
  DROP INDEX "services_review_request_review_request_requested_by_idx";
  DROP INDEX "_services_v_version_review_request_version_review_reques_idx";
  DROP INDEX "clinic_info_review_request_review_request_requested_by_idx";
  DROP INDEX "_clinic_info_v_version_review_request_version_review_req_idx";
  ALTER TABLE "articles" DROP COLUMN "review_request_status";
  ALTER TABLE "articles" DROP COLUMN "review_request_requested_by_id";
  ALTER TABLE "articles" DROP COLUMN "review_request_requested_by_name";
  ALTER TABLE "articles" DROP COLUMN "review_request_requested_at";
  ALTER TABLE "articles" DROP COLUMN "review_request_publish_at";
  ALTER TABLE "articles" DROP COLUMN "review_request_comment";
  ALTER TABLE "articles" DROP COLUMN "review_request_comment_by_name";
  ALTER TABLE "articles" DROP COLUMN "review_request_comment_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_request_status";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_request_requested_by_id";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_request_requested_by_name";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_request_requested_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_request_publish_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_request_comment";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_request_comment_by_name";
  ALTER TABLE "_articles_v" DROP COLUMN "version_review_request_comment_at";
  ALTER TABLE "services" DROP COLUMN "review_request_status";
  ALTER TABLE "services" DROP COLUMN "review_request_requested_by_id";
  ALTER TABLE "services" DROP COLUMN "review_request_requested_by_name";
  ALTER TABLE "services" DROP COLUMN "review_request_requested_at";
  ALTER TABLE "services" DROP COLUMN "review_request_publish_at";
  ALTER TABLE "services" DROP COLUMN "review_request_comment";
  ALTER TABLE "services" DROP COLUMN "review_request_comment_by_name";
  ALTER TABLE "services" DROP COLUMN "review_request_comment_at";
  ALTER TABLE "_services_v" DROP COLUMN "version_review_request_status";
  ALTER TABLE "_services_v" DROP COLUMN "version_review_request_requested_by_id";
  ALTER TABLE "_services_v" DROP COLUMN "version_review_request_requested_by_name";
  ALTER TABLE "_services_v" DROP COLUMN "version_review_request_requested_at";
  ALTER TABLE "_services_v" DROP COLUMN "version_review_request_publish_at";
  ALTER TABLE "_services_v" DROP COLUMN "version_review_request_comment";
  ALTER TABLE "_services_v" DROP COLUMN "version_review_request_comment_by_name";
  ALTER TABLE "_services_v" DROP COLUMN "version_review_request_comment_at";
  ALTER TABLE "clinic_info" DROP COLUMN "review_request_status";
  ALTER TABLE "clinic_info" DROP COLUMN "review_request_requested_by_id";
  ALTER TABLE "clinic_info" DROP COLUMN "review_request_requested_by_name";
  ALTER TABLE "clinic_info" DROP COLUMN "review_request_requested_at";
  ALTER TABLE "clinic_info" DROP COLUMN "review_request_publish_at";
  ALTER TABLE "clinic_info" DROP COLUMN "review_request_comment";
  ALTER TABLE "clinic_info" DROP COLUMN "review_request_comment_by_name";
  ALTER TABLE "clinic_info" DROP COLUMN "review_request_comment_at";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_review_request_status";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_review_request_requested_by_id";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_review_request_requested_by_name";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_review_request_requested_at";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_review_request_publish_at";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_review_request_comment";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_review_request_comment_by_name";
  ALTER TABLE "_clinic_info_v" DROP COLUMN "version_review_request_comment_at";
  DROP TYPE "public"."enum_articles_review_request_status";
  DROP TYPE "public"."enum__articles_v_version_review_request_status";
  DROP TYPE "public"."enum_services_review_request_status";
  DROP TYPE "public"."enum__services_v_version_review_request_status";
  DROP TYPE "public"."enum_clinic_info_review_request_status";
  DROP TYPE "public"."enum__clinic_info_v_version_review_request_status";`)
}

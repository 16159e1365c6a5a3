import { MigrationInterface, QueryRunner } from "typeorm";

export class Discussions1795601119184 implements MigrationInterface {
    name = 'Discussions1795601119184'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TYPE "public"."thread_kind" AS ENUM(
                'DISCUSSION',
                'QUESTION',
                'EXPERIENCE_REPORT',
                'ICT_STRATEGY',
                'TECH_STACK',
                'ROADMAP'
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."visibility" AS ENUM('PUBLIC', 'COMMUNITY', 'OFFICES', 'OFFICE')
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."language" AS ENUM('AR', 'EN', 'ES', 'FR', 'RU', 'ZH')
        `);
        await queryRunner.query(`
            CREATE TABLE "thread" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "space_id" uuid NOT NULL,
                "title" text NOT NULL,
                "kind" "public"."thread_kind" NOT NULL DEFAULT 'DISCUSSION',
                "author_id" uuid NOT NULL,
                "office_id" uuid NOT NULL,
                "visibility" "public"."visibility" NOT NULL,
                "shared_with_office_ids" uuid array NOT NULL DEFAULT '{}',
                "language" "public"."language" NOT NULL DEFAULT 'EN',
                "tags" text array NOT NULL DEFAULT '{}',
                "locked" boolean NOT NULL DEFAULT false,
                "pinned" boolean NOT NULL DEFAULT false,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_activity_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "post_count" integer NOT NULL DEFAULT '0',
                "last_post_sequence" integer NOT NULL DEFAULT '0',
                "client_mutation_id" text,
                CONSTRAINT "PK_cabc0f3f27d7b1c70cf64623e02" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_059f814ca892293feaea0456ea" ON "thread" ("office_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "thread_author_client_mutation_key" ON "thread" ("author_id", "client_mutation_id")
            WHERE client_mutation_id IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE INDEX "thread_space_listing_idx" ON "thread" ("space_id", "pinned", "last_activity_at", "id")
        `);
        await queryRunner.query(`
            CREATE TABLE "post" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "thread_id" uuid NOT NULL,
                "parent_id" uuid,
                "path" text COLLATE "C" NOT NULL,
                "depth" smallint NOT NULL,
                "author_id" uuid NOT NULL,
                "body" text NOT NULL,
                "body_html" text NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "edited_at" TIMESTAMP WITH TIME ZONE,
                "deleted" boolean NOT NULL DEFAULT false,
                "reply_count" integer NOT NULL DEFAULT '0',
                "client_mutation_id" text,
                CONSTRAINT "PK_be5fda3aac270b134ff9c21cdee" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_502b5d7b881d2474c56195acb8" ON "post" ("parent_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_2f1a9ca8908fc8168bc18437f6" ON "post" ("author_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "post_author_client_mutation_key" ON "post" ("author_id", "client_mutation_id")
            WHERE client_mutation_id IS NOT NULL
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "post_thread_path_key" ON "post" ("thread_id", "path")
        `);
        await queryRunner.query(`
            CREATE TABLE "post_revision" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "post_id" uuid NOT NULL,
                "body" text NOT NULL,
                "written_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "replaced_by_id" uuid NOT NULL,
                CONSTRAINT "PK_0fb8b6151edec86b21b1fd40300" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "post_revision_post_idx" ON "post_revision" ("post_id", "created_at")
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."reaction_kind" AS ENUM('LIKE', 'THANKS', 'INSIGHTFUL', 'SAME_HERE')
        `);
        await queryRunner.query(`
            CREATE TABLE "post_reaction" (
                "post_id" uuid NOT NULL,
                "member_id" uuid NOT NULL,
                "kind" "public"."reaction_kind" NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_bae265d68d866c1b254bef1303a" PRIMARY KEY ("post_id", "member_id", "kind")
            )
        `);
        await queryRunner.query(`
            CREATE TYPE "public"."flag_status" AS ENUM('OPEN', 'DISMISSED', 'POST_REMOVED')
        `);
        await queryRunner.query(`
            CREATE TABLE "post_flag" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "post_id" uuid NOT NULL,
                "member_id" uuid NOT NULL,
                "reason" text NOT NULL,
                "status" "public"."flag_status" NOT NULL DEFAULT 'OPEN',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "resolved_by_id" uuid,
                "resolved_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_bc3f9934b880708defa8088096d" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "post_flag_queue_idx" ON "post_flag" ("status", "created_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "post_flag_open_key" ON "post_flag" ("post_id", "member_id")
            WHERE status = 'OPEN'
        `);
        await queryRunner.query(`
            CREATE TABLE "post_mention" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "post_id" uuid NOT NULL,
                "member_id" uuid,
                "office_id" uuid,
                CONSTRAINT "PK_5431ef4da628c8e1c8c1b20749a" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IDX_c03144065921fd20a80d8f9856" ON "post_mention" ("post_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "post_mention_office_idx" ON "post_mention" ("office_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "post_mention_member_idx" ON "post_mention" ("member_id")
        `);
        await queryRunner.query(`
            ALTER TABLE "thread"
            ADD CONSTRAINT "FK_c56ff19119156e72fb2f9ed3318" FOREIGN KEY ("space_id") REFERENCES "space"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "thread"
            ADD CONSTRAINT "FK_6c7b99295a0a8a53cb38f2a553d" FOREIGN KEY ("author_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "thread"
            ADD CONSTRAINT "FK_059f814ca892293feaea0456ea8" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post"
            ADD CONSTRAINT "FK_34b1af108a2cba82cdbfefaefb1" FOREIGN KEY ("thread_id") REFERENCES "thread"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post"
            ADD CONSTRAINT "FK_502b5d7b881d2474c56195acb83" FOREIGN KEY ("parent_id") REFERENCES "post"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post"
            ADD CONSTRAINT "FK_2f1a9ca8908fc8168bc18437f62" FOREIGN KEY ("author_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post_revision"
            ADD CONSTRAINT "FK_16871ad1d4b765c7db2fb46ee0c" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post_revision"
            ADD CONSTRAINT "FK_9d99d2e5336069bc64cb66d0d80" FOREIGN KEY ("replaced_by_id") REFERENCES "member"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post_reaction"
            ADD CONSTRAINT "FK_860c24b55da4541f8322a2bdced" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post_reaction"
            ADD CONSTRAINT "FK_51db0146a78c1a92f80714a7d8e" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post_flag"
            ADD CONSTRAINT "FK_c1c148672cbadd895b2e41f4879" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post_flag"
            ADD CONSTRAINT "FK_c9db6d66f766983fbc341b6d222" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post_mention"
            ADD CONSTRAINT "FK_c03144065921fd20a80d8f9856d" FOREIGN KEY ("post_id") REFERENCES "post"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post_mention"
            ADD CONSTRAINT "FK_e37ee31d455210b0e75412c6bef" FOREIGN KEY ("member_id") REFERENCES "member"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "post_mention"
            ADD CONSTRAINT "FK_ac20870aa34007fe4e9f9ddd2ca" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        // Written by hand: TypeORM cannot declare a GIN index (the tag filter of space listings).
        await queryRunner.query(`
            CREATE INDEX "thread_tags_gin_idx" ON "thread" USING GIN ("tags")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."thread_tags_gin_idx"
        `);
        await queryRunner.query(`
            ALTER TABLE "post_mention" DROP CONSTRAINT "FK_ac20870aa34007fe4e9f9ddd2ca"
        `);
        await queryRunner.query(`
            ALTER TABLE "post_mention" DROP CONSTRAINT "FK_e37ee31d455210b0e75412c6bef"
        `);
        await queryRunner.query(`
            ALTER TABLE "post_mention" DROP CONSTRAINT "FK_c03144065921fd20a80d8f9856d"
        `);
        await queryRunner.query(`
            ALTER TABLE "post_flag" DROP CONSTRAINT "FK_c9db6d66f766983fbc341b6d222"
        `);
        await queryRunner.query(`
            ALTER TABLE "post_flag" DROP CONSTRAINT "FK_c1c148672cbadd895b2e41f4879"
        `);
        await queryRunner.query(`
            ALTER TABLE "post_reaction" DROP CONSTRAINT "FK_51db0146a78c1a92f80714a7d8e"
        `);
        await queryRunner.query(`
            ALTER TABLE "post_reaction" DROP CONSTRAINT "FK_860c24b55da4541f8322a2bdced"
        `);
        await queryRunner.query(`
            ALTER TABLE "post_revision" DROP CONSTRAINT "FK_9d99d2e5336069bc64cb66d0d80"
        `);
        await queryRunner.query(`
            ALTER TABLE "post_revision" DROP CONSTRAINT "FK_16871ad1d4b765c7db2fb46ee0c"
        `);
        await queryRunner.query(`
            ALTER TABLE "post" DROP CONSTRAINT "FK_2f1a9ca8908fc8168bc18437f62"
        `);
        await queryRunner.query(`
            ALTER TABLE "post" DROP CONSTRAINT "FK_502b5d7b881d2474c56195acb83"
        `);
        await queryRunner.query(`
            ALTER TABLE "post" DROP CONSTRAINT "FK_34b1af108a2cba82cdbfefaefb1"
        `);
        await queryRunner.query(`
            ALTER TABLE "thread" DROP CONSTRAINT "FK_059f814ca892293feaea0456ea8"
        `);
        await queryRunner.query(`
            ALTER TABLE "thread" DROP CONSTRAINT "FK_6c7b99295a0a8a53cb38f2a553d"
        `);
        await queryRunner.query(`
            ALTER TABLE "thread" DROP CONSTRAINT "FK_c56ff19119156e72fb2f9ed3318"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."post_mention_member_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."post_mention_office_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_c03144065921fd20a80d8f9856"
        `);
        await queryRunner.query(`
            DROP TABLE "post_mention"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."post_flag_open_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."post_flag_queue_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "post_flag"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."flag_status"
        `);
        await queryRunner.query(`
            DROP TABLE "post_reaction"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."reaction_kind"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."post_revision_post_idx"
        `);
        await queryRunner.query(`
            DROP TABLE "post_revision"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."post_thread_path_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."post_author_client_mutation_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_2f1a9ca8908fc8168bc18437f6"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_502b5d7b881d2474c56195acb8"
        `);
        await queryRunner.query(`
            DROP TABLE "post"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."thread_space_listing_idx"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."thread_author_client_mutation_key"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IDX_059f814ca892293feaea0456ea"
        `);
        await queryRunner.query(`
            DROP TABLE "thread"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."language"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."visibility"
        `);
        await queryRunner.query(`
            DROP TYPE "public"."thread_kind"
        `);
    }

}

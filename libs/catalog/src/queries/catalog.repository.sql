-- Generated from the @SqlSnapshot methods of the repository of the same name: every statement they send.
-- Do not edit: UPDATE_SQL_SNAPSHOTS=1 rewrites it (libs/platform/testing/src/sql-snapshots.ts).

-- CatalogRepository.recommendationsWithSpaces
SELECT
  "RecommendationEntity"."id" AS "RecommendationEntity_id",
  "RecommendationEntity"."number" AS "RecommendationEntity_number",
  "RecommendationEntity"."topic" AS "RecommendationEntity_topic",
  "RecommendationEntity"."title" AS "RecommendationEntity_title",
  "RecommendationEntity"."actions" AS "RecommendationEntity_actions",
  "RecommendationEntity"."related_legacy_recommendations" AS "RecommendationEntity_related_legacy_recommendations",
  "RecommendationEntity__RecommendationEntity_space"."id" AS "RecommendationEntity__RecommendationEntity_space_id",
  "RecommendationEntity__RecommendationEntity_space"."slug" AS "RecommendationEntity__RecommendationEntity_space_slug",
  "RecommendationEntity__RecommendationEntity_space"."title" AS "RecommendationEntity__RecommendationEntity_space_title",
  "RecommendationEntity__RecommendationEntity_space"."description" AS "RecommendationEntity__RecommendationEntity_space_description",
  "RecommendationEntity__RecommendationEntity_space"."position" AS "RecommendationEntity__RecommendationEntity_space_position",
  "RecommendationEntity__RecommendationEntity_space"."recommendation_id" AS "207c238dbbc308069abe5cf3367e2e9588d42b8e"
FROM "recommendation" "RecommendationEntity"
LEFT JOIN "space" "RecommendationEntity__RecommendationEntity_space" ON "RecommendationEntity__RecommendationEntity_space"."recommendation_id"="RecommendationEntity"."id"
ORDER BY
  "RecommendationEntity"."number" ASC;

-- CatalogRepository.spacesWithRecommendations
SELECT
  "SpaceEntity"."id" AS "SpaceEntity_id",
  "SpaceEntity"."slug" AS "SpaceEntity_slug",
  "SpaceEntity"."title" AS "SpaceEntity_title",
  "SpaceEntity"."description" AS "SpaceEntity_description",
  "SpaceEntity"."position" AS "SpaceEntity_position",
  "SpaceEntity"."recommendation_id" AS "SpaceEntity_recommendation_id",
  "SpaceEntity__SpaceEntity_recommendation"."id" AS "SpaceEntity__SpaceEntity_recommendation_id",
  "SpaceEntity__SpaceEntity_recommendation"."number" AS "SpaceEntity__SpaceEntity_recommendation_number",
  "SpaceEntity__SpaceEntity_recommendation"."topic" AS "SpaceEntity__SpaceEntity_recommendation_topic",
  "SpaceEntity__SpaceEntity_recommendation"."title" AS "SpaceEntity__SpaceEntity_recommendation_title",
  "SpaceEntity__SpaceEntity_recommendation"."actions" AS "SpaceEntity__SpaceEntity_recommendation_actions",
  "SpaceEntity__SpaceEntity_recommendation"."related_legacy_recommendations" AS "61e09864634b936324c10f652a2b82dfe74a37f5"
FROM "space" "SpaceEntity"
LEFT JOIN "recommendation" "SpaceEntity__SpaceEntity_recommendation" ON "SpaceEntity__SpaceEntity_recommendation"."id"="SpaceEntity"."recommendation_id"
ORDER BY
  "SpaceEntity"."position" ASC;

-- CatalogRepository.spaceBySlug
SELECT
  "SpaceEntity"."id" AS "SpaceEntity_id",
  "SpaceEntity"."slug" AS "SpaceEntity_slug",
  "SpaceEntity"."title" AS "SpaceEntity_title",
  "SpaceEntity"."description" AS "SpaceEntity_description",
  "SpaceEntity"."position" AS "SpaceEntity_position",
  "SpaceEntity"."recommendation_id" AS "SpaceEntity_recommendation_id",
  "SpaceEntity__SpaceEntity_recommendation"."id" AS "SpaceEntity__SpaceEntity_recommendation_id",
  "SpaceEntity__SpaceEntity_recommendation"."number" AS "SpaceEntity__SpaceEntity_recommendation_number",
  "SpaceEntity__SpaceEntity_recommendation"."topic" AS "SpaceEntity__SpaceEntity_recommendation_topic",
  "SpaceEntity__SpaceEntity_recommendation"."title" AS "SpaceEntity__SpaceEntity_recommendation_title",
  "SpaceEntity__SpaceEntity_recommendation"."actions" AS "SpaceEntity__SpaceEntity_recommendation_actions",
  "SpaceEntity__SpaceEntity_recommendation"."related_legacy_recommendations" AS "61e09864634b936324c10f652a2b82dfe74a37f5"
FROM "space" "SpaceEntity"
LEFT JOIN "recommendation" "SpaceEntity__SpaceEntity_recommendation" ON "SpaceEntity__SpaceEntity_recommendation"."id"="SpaceEntity"."recommendation_id"
WHERE (("SpaceEntity"."slug" = $1));

-- CatalogRepository.spacesByIds
SELECT
  "SpaceEntity"."id" AS "SpaceEntity_id",
  "SpaceEntity"."slug" AS "SpaceEntity_slug",
  "SpaceEntity"."title" AS "SpaceEntity_title",
  "SpaceEntity"."description" AS "SpaceEntity_description",
  "SpaceEntity"."position" AS "SpaceEntity_position",
  "SpaceEntity"."recommendation_id" AS "SpaceEntity_recommendation_id",
  "SpaceEntity__SpaceEntity_recommendation"."id" AS "SpaceEntity__SpaceEntity_recommendation_id",
  "SpaceEntity__SpaceEntity_recommendation"."number" AS "SpaceEntity__SpaceEntity_recommendation_number",
  "SpaceEntity__SpaceEntity_recommendation"."topic" AS "SpaceEntity__SpaceEntity_recommendation_topic",
  "SpaceEntity__SpaceEntity_recommendation"."title" AS "SpaceEntity__SpaceEntity_recommendation_title",
  "SpaceEntity__SpaceEntity_recommendation"."actions" AS "SpaceEntity__SpaceEntity_recommendation_actions",
  "SpaceEntity__SpaceEntity_recommendation"."related_legacy_recommendations" AS "61e09864634b936324c10f652a2b82dfe74a37f5"
FROM "space" "SpaceEntity"
LEFT JOIN "recommendation" "SpaceEntity__SpaceEntity_recommendation" ON "SpaceEntity__SpaceEntity_recommendation"."id"="SpaceEntity"."recommendation_id"
WHERE (("SpaceEntity"."id" IN ($1, $2)));

-- CatalogRepository.spaceIdsBySlugs
SELECT
  "space"."id" AS "space_id",
  "space"."slug" AS "space_slug"
FROM "space" "space"
WHERE "space"."slug" IN ($1, $2);

-- CatalogRepository.upsertRecommendation
INSERT INTO recommendation (number, topic, title, actions, related_legacy_recommendations)
VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (number)
DO UPDATE SET
  topic = EXCLUDED.topic,
  title = EXCLUDED.title,
  actions = EXCLUDED.actions,
  related_legacy_recommendations = EXCLUDED.related_legacy_recommendations
RETURNING
  id;

-- CatalogRepository.upsertSpace
INSERT INTO space (slug, title, description, position, recommendation_id)
VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (slug)
DO UPDATE SET
  title = EXCLUDED.title,
  description = EXCLUDED.description,
  position = EXCLUDED.position,
  recommendation_id = EXCLUDED.recommendation_id;

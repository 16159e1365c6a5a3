import type { RecommendationModel } from './dto/recommendation.model.js';
import type { SpaceModel } from './dto/space.model.js';
import type { RecommendationEntity } from './recommendation.entity.js';
import type { SpaceEntity } from './space.entity.js';

function recommendationOnly(entity: RecommendationEntity): RecommendationModel {
  return {
    id: entity.id,
    number: entity.number,
    topic: entity.topic,
    title: entity.title,
    relatedLegacyRecommendations: entity.relatedLegacyRecommendations,
    actions: entity.actions.map((action) => ({
      label: action.label,
      text: action.text,
      items: action.items ?? [],
      note: action.note ?? null,
    })),
    space: undefined as unknown as SpaceModel,
  };
}

function spaceOnly(entity: SpaceEntity): SpaceModel {
  return {
    id: entity.id,
    slug: entity.slug,
    title: entity.title,
    description: entity.description,
    recommendation: null,
  };
}

/** A recommendation loaded with its space, linked both ways so either can be asked for the other. */
export function toRecommendationModel(entity: RecommendationEntity): RecommendationModel {
  const recommendation = recommendationOnly(entity);
  if (!entity.space) throw new Error(`Recommendation ${entity.number} was loaded without its space`);
  recommendation.space = { ...spaceOnly(entity.space), recommendation };
  return recommendation;
}

/** A space loaded with its recommendation (if any), linked both ways. */
export function toSpaceModel(entity: SpaceEntity): SpaceModel {
  const space = spaceOnly(entity);
  if (entity.recommendation) space.recommendation = { ...recommendationOnly(entity.recommendation), space };
  return space;
}

// The public face of discussions: what reports, strategies, stacks, notifications and search may use.
export { DiscussionsModule, discussionsEntities } from './discussions.module.js';
export { contentVisibility } from './discussions.events.js';
export { ThreadsService } from './threads.service.js';
export { PostsService } from './posts.service.js';
export {
  PostAttachments,
  type PostAttachmentsPort,
  type PostAttachmentTarget,
  type PostFiles,
} from './post-attachments.js';
export { DeliveryFactsService, type PostFacts, type ThreadFacts } from './delivery-facts.service.js';
export { ThreadModel, ThreadConnection } from './dto/thread.model.js';
export { PostModel, PostConnection } from './dto/post.model.js';
export { ThreadKind, ReactionKind } from './thread-kind.js';
export { ThreadEntity } from './thread.entity.js';
export { PostEntity } from './post.entity.js';
export { documentReferences, renderMarkdown } from './markdown.js';

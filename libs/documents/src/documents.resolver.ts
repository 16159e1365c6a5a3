import { Context, Extensions, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { MAX_ATTACHMENTS_PER_POST } from '@forum/config';
import { PostModel } from '@forum/discussions';
import type { ForumContext } from '@forum/graphql';
import { Public } from '@forum/identity';
import { DocumentModel } from './dto/document.model.js';
import { DocumentPreviewModel } from './dto/document-preview.model.js';
import { DocumentTextModel } from './dto/document-text.model.js';

/** Adds `attachments` to discussions' Post type. */
@Resolver(() => PostModel)
export class PostAttachmentsResolver {
  /**
   * Public: a Post reaches a response only through discussions' visibility checks, and its attachments follow its
   * thread. A deleted post shows none.
   */
  @Public()
  @Extensions({ listSize: MAX_ATTACHMENTS_PER_POST })
  @ResolveField(() => [DocumentModel], {
    description: 'Files attached to this post, in order; the same visibility as its thread.',
  })
  attachments(@Parent() post: PostModel, @Context() { loaders }: ForumContext): Promise<DocumentModel[]> | [] {
    if (post.deleted) return [];
    return loaders.documents.attachmentsOfPost.load(post.id);
  }
}

/** Adds the extracted text and preview to Document: a Document reaches a response only when it may be seen. */
@Resolver(() => DocumentModel)
export class DocumentTextResolver {
  @Public()
  @ResolveField(() => DocumentTextModel, {
    description: "The document's text, read in the background after the upload; shown wherever the document is.",
  })
  async text(@Parent() document: DocumentModel, @Context() { loaders }: ForumContext): Promise<DocumentTextModel> {
    return (await loaders.documents.readingOfDocument.load(document.id)).text;
  }

  @Public()
  @ResolveField(() => DocumentPreviewModel, {
    description:
      "A PDF's page count and the start of its first page's text (made with the text); wherever the document is.",
  })
  async preview(
    @Parent() document: DocumentModel,
    @Context() { loaders }: ForumContext,
  ): Promise<DocumentPreviewModel> {
    return (await loaders.documents.readingOfDocument.load(document.id)).preview;
  }
}

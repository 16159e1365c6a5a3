import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ConsumeEvent, type DeliveredEvent } from '@forum/events';
import { DocumentsService } from './documents.service.js';

/**
 * A deleted post keeps its place in the tree but not its files: its documents go, and their content with them
 * when no other upload has it. Idempotent (a repeated delivery finds nothing left to remove).
 */
@Injectable()
export class PostDeletedConsumer {
  constructor(private readonly documents: DocumentsService) {}

  @ConsumeEvent('discussions.post-deleted', { consumer: 'documents.post-deleted' })
  async removeFiles(tx: EntityManager, event: DeliveredEvent<'discussions.post-deleted'>): Promise<void> {
    const { postId, threadId } = event.payload;
    await this.documents.removeAllOfPostIn(tx, {
      postId,
      threadId,
      actorId: event.actorId,
      visibility: event.visibility,
    });
  }
}

// The public face of documents: uploads, downloads and attachments (to posts; strategies and reports later).
export { DocumentsModule, documentsEntities } from './documents.module.js';
export { DocumentsService } from './documents.service.js';
export { DocumentModel } from './dto/document.model.js';
export { DocumentBlobEntity, DocumentChunkEntity, DocumentEntity } from './document.entities.js';
export { DocumentExpiry, UNATTACHED_LIFETIME_MS } from './document-expiry.js';

// The public face of documents: uploads, downloads and attachments (to posts; strategies and reports later).
export { DocumentsModule, documentsEntities } from './documents.module.js';
export { DocumentsService } from './documents.service.js';
export { DocumentModel } from './dto/document.model.js';
export { DocumentBlobEntity, DocumentChunkEntity, DocumentEntity, DocumentTextEntity } from './document.entities.js';
export { DocumentTextModel, TextExtraction } from './dto/document-text.model.js';
export { DocumentExpiry, UNATTACHED_LIFETIME_MS } from './document-expiry.js';

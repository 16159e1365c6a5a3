// The public face of documents: uploads, downloads, attachments to posts and versions of strategies and reports.
export { DocumentsModule, documentsEntities } from './documents.module.js';
export { DocumentsService } from './documents.service.js';
export { DocumentModel } from './dto/document.model.js';
export { DocumentBlobEntity, DocumentChunkEntity, DocumentEntity, DocumentTextEntity } from './document.entities.js';
export { DocumentTextModel, TextExtraction } from './dto/document-text.model.js';
export { DocumentPreviewModel } from './dto/document-preview.model.js';
export { DocumentVersionModel } from './dto/document-version.model.js';
export { DocumentExpiry, UNATTACHED_LIFETIME_MS } from './document-expiry.js';

import type { DocumentModel } from './dto/document.model.js';
import type { DocumentRow } from './documents.repository.js';

export const documentUrl = (id: string) => `/api/documents/${id}`;

export function toDocumentModel(row: DocumentRow): DocumentModel {
  return {
    id: row.id,
    name: row.name,
    contentType: row.content_type,
    size: row.size,
    sha256: row.sha256,
    url: documentUrl(row.id),
    createdAt: row.created_at,
  };
}

import { badInput, notFound } from '@forum/core';

/** Why documents refused, in `extensions.reason` (and the JSON body of the HTTP routes). Stable words. */
export const DocumentsReason = {
  NOT_FOUND: 'documents.not-found',
  TOO_LARGE: 'documents.too-large',
  TYPE_NOT_ALLOWED: 'documents.type-not-allowed',
  QUOTA_EXCEEDED: 'documents.quota-exceeded',
  TOO_MANY_FILES: 'documents.too-many-files',
  NOT_ATTACHABLE: 'documents.not-attachable',
  NO_FILE: 'documents.no-file',
} as const;

/** The one answer for a document that does not exist and for one the caller may not see. */
export const documentNotFound = () => notFound('Document not found').because(DocumentsReason.NOT_FOUND);
export const tooLarge = (maxBytes: number) =>
  badInput(`The file is larger than ${maxBytes} bytes`, { field: 'file' }).because(DocumentsReason.TOO_LARGE);
export const typeNotAllowed = () =>
  badInput('This kind of file is not accepted (PDF, office documents, images and plain text are)', {
    field: 'file',
  }).because(DocumentsReason.TYPE_NOT_ALLOWED);
export const quotaExceeded = (quotaBytes: number) =>
  badInput(`Your documents would take more than ${quotaBytes} bytes`, { field: 'file' }).because(
    DocumentsReason.QUOTA_EXCEEDED,
  );
export const tooManyFiles = (max: number, field: 'attachments' | 'body') =>
  badInput(`A post carries at most ${max} documents, listed or shown`, { field }).because(
    DocumentsReason.TOO_MANY_FILES,
  );
export const notAttachable = (field: 'attachments' | 'documentId' = 'attachments') =>
  badInput('A document is not one of your uploads, or is attached elsewhere', { field }).because(
    DocumentsReason.NOT_ATTACHABLE,
  );
export const noFile = () =>
  badInput('Send one file in the multipart field "file"', { field: 'file' }).because(DocumentsReason.NO_FILE);

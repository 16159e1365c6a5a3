import { refreshSession } from '../../lib/session/refresh';
import { sessionStore } from '../../lib/session/session-store';

/** A file the API stored (POST /api/uploads answers it as GraphQL's Document). */
export interface UploadedDocument {
  id: string;
  name: string;
  size: number;
  contentType: string;
}

/** The refusal's reason (documents.too-large, documents.type-not-allowed, documents.quota-exceeded ...). */
export class UploadRefused extends Error {
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

async function bearer(): Promise<Record<string, string>> {
  const session = await refreshSession();
  return session ? { authorization: `Bearer ${session.accessToken}` } : {};
}

/** Uploads one file (multipart, field "file"); its id is then given in `attachments` of a reply or an edit. */
export async function uploadDocument(file: File): Promise<UploadedDocument> {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await fetch('/api/uploads', { method: 'POST', headers: await bearer(), body });
  if (response.status === 201) return (await response.json()) as UploadedDocument;
  const refusal = (await response.json().catch(() => ({}))) as { reason?: string; code?: string; message?: string };
  throw new UploadRefused(refusal.reason ?? refusal.code ?? `http-${response.status}`, refusal.message ?? '');
}

/**
 * Downloads an attachment: the route wants the bearer token (a thread's files have its visibility), which a plain
 * link cannot send, so the bytes come through fetch and are handed to the browser as a file.
 */
export async function downloadDocument(document: { url: string; name: string }): Promise<void> {
  const headers = sessionStore.get() ? await bearer() : {};
  const response = await fetch(document.url, { headers });
  if (!response.ok) throw new Error(`download failed: ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  try {
    const link = window.document.createElement('a');
    link.href = url;
    link.download = document.name;
    link.click();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
}

import { open } from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';

/**
 * The media types accepted, decided from the content's magic bytes (file-type), never from the name or the
 * client's header: an executable named report.pdf is an executable.
 */
const ALLOWED = new Set([
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/vnd.oasis.opendocument.presentation',
]);

/** Types a browser may show inline: everything else is served as an attachment. */
export const INLINE_TYPES = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/gif', 'image/webp']);

export const PLAIN_TEXT = 'text/plain; charset=utf-8';

/** The accepted media type of the file at `path`, or null when it is not accepted. */
export async function acceptedContentType(path: string): Promise<string | null> {
  const detected = await fileTypeFromFile(path);
  if (detected) return ALLOWED.has(detected.mime) ? detected.mime : null;
  // No magic bytes: accepted only as plain text (UTF-8, no NUL), judged from its first 64 KiB.
  return (await looksLikeText(path)) ? PLAIN_TEXT : null;
}

async function looksLikeText(path: string): Promise<boolean> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(64 * 1024);
    const { bytesRead } = await file.read(head, 0, head.length, 0);
    const bytes = head.subarray(0, bytesRead);
    if (bytes.includes(0)) return false;
    // stream: true tolerates a character cut at the end of the sample; fatal refuses anything else not UTF-8.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  } finally {
    await file.close();
  }
}

import { unzipSync, strFromU8 } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { PLAIN_TEXT } from './content-type.js';
import type { TextStatus } from './document-texts.repository.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Text kept per document: enough for search, bounded for the row. */
const MAX_TEXT_CHARS = 1_000_000;

export interface Extraction {
  status: TextStatus;
  text: string | null;
  error: string | null;
}

/** Whether the text of this type is read (PDF, DOCX, plain text). */
export const extractable = (contentType: string) => [DOCX, 'application/pdf', PLAIN_TEXT].includes(contentType);

/** The text of `bytes`, or why not; never throws, and gives up after `timeoutMs`. */
export async function extractTextOf(bytes: Buffer, contentType: string, { timeoutMs }: { timeoutMs: number }) {
  if (!extractable(contentType)) return { status: 'UNSUPPORTED', text: null, error: null } satisfies Extraction;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`Extraction took longer than ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const text = await Promise.race([read(bytes, contentType), timeout]);
    return { status: 'DONE', text: text.slice(0, MAX_TEXT_CHARS), error: null } satisfies Extraction;
  } catch (error) {
    return { status: 'FAILED', text: null, error: (error as Error).message.slice(0, 500) } satisfies Extraction;
  } finally {
    clearTimeout(timer);
  }
}

async function read(bytes: Buffer, contentType: string): Promise<string> {
  if (contentType === PLAIN_TEXT) return bytes.toString('utf8');
  if (contentType === 'application/pdf') {
    // verbosity 0: pdf.js's warnings about damaged files are the outcome we record, not log lines.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    const { text } = await extractText(pdf, { mergePages: true });
    return text;
  }
  const files = unzipSync(new Uint8Array(bytes), { filter: (file) => file.name === 'word/document.xml' });
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('No word/document.xml in this DOCX');
  return wordXmlText(strFromU8(xml));
}

/** The words of WordprocessingML: paragraphs as lines, tabs and breaks as spaces, entities decoded. */
export function wordXmlText(xml: string): string {
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:(tab|br)\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(lt|gt|amp|quot|apos);/g, (_all, name: string) => ENTITIES[name])
    .replace(/&#(\d+);/g, (_all, code: string) => String.fromCodePoint(Number(code)))
    .replace(/\n{2,}/g, '\n')
    .trim();
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

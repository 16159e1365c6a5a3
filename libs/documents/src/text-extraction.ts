import { unzipSync, strFromU8 } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { PLAIN_TEXT } from './content-type.js';
import type { TextStatus } from './document-texts.repository.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
/** Text kept per document: enough for search, bounded for the row. */
const MAX_TEXT_CHARS = 1_000_000;
/** The preview: the start of the text (a PDF's first page), enough to recognise a document before opening it. */
export const PREVIEW_CHARS = 1_000;

export interface Extraction {
  status: TextStatus;
  text: string | null;
  error: string | null;
  /** PDF: how many pages it has. */
  pageCount: number | null;
  /** The first PREVIEW_CHARS characters of the first page (PDF) or of the text, spaces collapsed. */
  preview: string | null;
}

interface Read {
  text: string;
  pageCount: number | null;
  firstPage: string;
}

const NOTHING = { text: null, pageCount: null, preview: null };

/** Whether the text of this type is read (PDF, DOCX, plain text). */
export const extractable = (contentType: string) => [DOCX, 'application/pdf', PLAIN_TEXT].includes(contentType);

/** The text of `bytes`, or why not; never throws, and gives up after `timeoutMs`. */
export async function extractTextOf(bytes: Buffer, contentType: string, { timeoutMs }: { timeoutMs: number }) {
  if (!extractable(contentType)) return { status: 'UNSUPPORTED', error: null, ...NOTHING } satisfies Extraction;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`Extraction took longer than ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    const { text, pageCount, firstPage } = await Promise.race([read(bytes, contentType), timeout]);
    return {
      status: 'DONE',
      text: text.slice(0, MAX_TEXT_CHARS),
      error: null,
      pageCount,
      preview: previewOf(firstPage),
    } satisfies Extraction;
  } catch (error) {
    const reason = (error as Error).message.slice(0, 500);
    return { status: 'FAILED', error: reason, ...NOTHING } satisfies Extraction;
  } finally {
    clearTimeout(timer);
  }
}

async function read(bytes: Buffer, contentType: string): Promise<Read> {
  if (contentType === PLAIN_TEXT) return whole(bytes.toString('utf8'));
  if (contentType === 'application/pdf') {
    // verbosity 0: pdf.js's warnings about damaged files are the outcome we record, not log lines.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    const { totalPages, text: pages } = await extractText(pdf, { mergePages: false });
    return { text: mergedPages(pages), pageCount: totalPages, firstPage: pages[0] ?? '' };
  }
  const files = unzipSync(new Uint8Array(bytes), { filter: (file) => file.name === 'word/document.xml' });
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('No word/document.xml in this DOCX');
  return whole(wordXmlText(strFromU8(xml)));
}

/** The pages as one text, as unpdf's mergePages joins them (the text searched). */
const mergedPages = (pages: string[]) =>
  pages
    .join('\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n');

/** A text without pages: its preview is its start. */
const whole = (text: string): Read => ({ text, pageCount: null, firstPage: text.slice(0, PREVIEW_CHARS * 4) });

/** The start of a page's text, blanks collapsed (lines kept), at most PREVIEW_CHARS characters. */
export function previewOf(page: string): string | null {
  const clean = page
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
  return clean ? [...clean].slice(0, PREVIEW_CHARS).join('') : null;
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

// The reading of a document's words, run in a worker thread (text-extraction.ts starts it). pdf.js parses on the
// thread it runs on, without yielding: a large damaged PDF held an API instance's event loop for minutes, and no
// timer could fire to give up. In a worker the instance keeps answering and the worker is ended at the deadline.
// Self-contained (packages only, no relative imports), so that Node can run the TypeScript source under the tests.
import { unzipSync, strFromU8 } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { parentPort, workerData } from 'node:worker_threads';

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF = 'application/pdf';
/** The plain-text type documents gives files without magic bytes (content-type.ts PLAIN_TEXT). */
export const TEXT = 'text/plain; charset=utf-8';

/** What was read: the whole text, a PDF's page count, and the first page (the whole text's start otherwise). */
export interface Reading {
  text: string;
  pageCount: number | null;
  firstPage: string;
}

/** What a worker is given and answers. */
export interface ReadingJob {
  bytes: Uint8Array;
  contentType: string;
}
export type ReadingAnswer = { reading: Reading } | { error: string };

export async function readText(bytes: Uint8Array, contentType: string): Promise<Reading> {
  if (contentType === TEXT) return whole(Buffer.from(bytes).toString('utf8'));
  if (contentType === PDF) {
    // verbosity 0: pdf.js's warnings about damaged files are the outcome we record, not log lines.
    const pdf = await getDocumentProxy(bytes, { verbosity: 0 });
    const { totalPages, text: pages } = await extractText(pdf, { mergePages: false });
    return { text: mergedPages(pages), pageCount: totalPages, firstPage: pages[0] ?? '' };
  }
  if (contentType !== DOCX) throw new Error(`No reader for ${contentType}`);
  const files = unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' });
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
const whole = (text: string): Reading => ({ text, pageCount: null, firstPage: text.slice(0, 4_000) });

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

// As a worker: read the job given at its start, answer once.
const job = workerData as { forumTextReading?: ReadingJob } | null;
if (parentPort && job?.forumTextReading) {
  const port = parentPort;
  const { bytes, contentType } = job.forumTextReading;
  readText(bytes, contentType).then(
    (reading) => port.postMessage({ reading } satisfies ReadingAnswer),
    (error: unknown) => port.postMessage({ error: (error as Error).message ?? String(error) } satisfies ReadingAnswer),
  );
}

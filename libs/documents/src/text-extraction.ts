import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TextStatus } from './document-texts.repository.js';
import { DOCX, PDF, TEXT, type Reading, type ReadingAnswer, type ReadingJob } from './text-reading.js';

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

const NOTHING = { text: null, pageCount: null, preview: null };

/** Whether the text of this type is read (PDF, DOCX, plain text). */
export const extractable = (contentType: string) => [DOCX, PDF, TEXT].includes(contentType);

/** A reading worker's heap: a hostile file makes it fail, not the API instance. */
const WORKER_HEAP_MB = 512;

/**
 * The text of `bytes`, or why not; never throws. Read in a worker thread, ended after `timeoutMs`: the API instance
 * keeps answering while pdf.js parses, and a file that takes too long is given up for certain.
 */
export async function extractTextOf(bytes: Buffer, contentType: string, { timeoutMs }: { timeoutMs: number }) {
  if (!extractable(contentType)) return { status: 'UNSUPPORTED', error: null, ...NOTHING } satisfies Extraction;
  try {
    const { text, pageCount, firstPage } = await readInWorker(bytes, contentType, timeoutMs);
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
  }
}

/** The built worker (text-reading.js) or, under the tests, its TypeScript source (which Node runs, types stripped). */
function workerUrl(): URL {
  const built = new URL('./text-reading.js', import.meta.url);
  return existsSync(fileURLToPath(built)) ? built : new URL('./text-reading.ts', import.meta.url);
}

function readInWorker(bytes: Buffer, contentType: string, timeoutMs: number): Promise<Reading> {
  const job: ReadingJob = { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), contentType };
  const worker = new Worker(workerUrl(), {
    workerData: { forumTextReading: job },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    stdout: true,
    stderr: true,
  });
  return new Promise<Reading>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`Extraction took longer than ${timeoutMs} ms`));
      void worker.terminate();
    }, timeoutMs);
    const settle = () => {
      clearTimeout(timer);
      void worker.terminate();
    };
    worker.once('message', (answer: ReadingAnswer) => {
      settle();
      if ('reading' in answer) resolve(answer.reading);
      else reject(new Error(answer.error));
    });
    worker.once('error', (error) => {
      settle();
      reject(error);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The reading stopped (exit code ${code})`));
    });
  });
}

/** The start of a page's text, blanks collapsed (lines kept), at most PREVIEW_CHARS characters. */
export function previewOf(page: string): string | null {
  const clean = page
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
  return clean ? [...clean].slice(0, PREVIEW_CHARS).join('') : null;
}

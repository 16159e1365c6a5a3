import { extractTextOf } from './text-extraction.js';
import { docxBytes, textPdf } from './testing/documents.fixture.js';

// The reading runs in a worker thread: a file pdf.js takes long over neither stops this process nor outlives its
// deadline (pdf.js parses without yielding: in this thread no timer could fire until it was done).
describe('reading the text of a document', () => {
  it('reads a PDF, a DOCX and a text file', async () => {
    const timeoutMs = 60_000;
    await expect(extractTextOf(textPdf(['First page', 'Second']), 'application/pdf', { timeoutMs })).resolves.toEqual({
      status: 'DONE',
      text: 'First page\nSecond',
      error: null,
      pageCount: 2,
      preview: 'First page',
    });
    const docx = docxBytes(['Examination', 'Backlog']);
    const type = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    await expect(extractTextOf(docx, type, { timeoutMs })).resolves.toMatchObject({ text: 'Examination\nBacklog' });
    await expect(
      extractTextOf(Buffer.from('Plain words\n'), 'text/plain; charset=utf-8', { timeoutMs }),
    ).resolves.toMatchObject({ status: 'DONE', text: 'Plain words\n', preview: 'Plain words' });
  });

  it('gives up on a large damaged PDF at its deadline while this process goes on', async () => {
    const bytes = Buffer.alloc(48 * 1024 * 1024, 0x41);
    bytes.write('%PDF-1.4\n', 0, 'latin1');
    let ticks = 0;
    const ticking = setInterval(() => ticks++, 50);
    const started = Date.now();
    const outcome = await extractTextOf(bytes, 'application/pdf', { timeoutMs: 1_000 });
    clearInterval(ticking);
    expect(outcome).toEqual({
      status: 'FAILED',
      text: null,
      error: 'Extraction took longer than 1000 ms',
      pageCount: null,
      preview: null,
    });
    // Given up at the deadline (pdf.js alone takes tens of seconds over this file), the timers of this thread running.
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(ticks).toBeGreaterThan(5);
  });

  it('says FAILED for a file that is not what its type says', async () => {
    const outcome = await extractTextOf(Buffer.from('%PDF-1.7\nnothing more'), 'application/pdf', {
      timeoutMs: 60_000,
    });
    expect(outcome).toMatchObject({ status: 'FAILED', text: null });
    expect(outcome.error).not.toMatch(/longer than/);
  });
});

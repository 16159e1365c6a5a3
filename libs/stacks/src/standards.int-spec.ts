import { startStacksForum, type StacksForum } from './testing/stacks.fixture.js';

const REPORT = `mutation Report($input: StandardStatusInput!) {
  reportStandardStatus(input: $input) { office { code } standard ipRight status explanation planDate comment }
}`;
const MATRIX = `query Matrix($region: String, $ipRight: IpRight) {
  standardsMatrix(region: $region, ipRight: $ipRight) {
    offices { code } standards { code title }
    cells { office { code } standard ipRight status planDate explanation comment reportedAt }
  }
}`;

type Cell = {
  office: { code: string };
  standard: string;
  ipRight: string;
  status: string;
  planDate: string | null;
  explanation: string | null;
  comment: string | null;
  reportedAt: string;
};
type Matrix = { offices: { code: string }[]; standards: { code: string; title: string }[]; cells: Cell[] };

/** RFC 4180 rows (quoted fields with commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && char === '"') {
      quoted = false;
    } else if (quoted) {
      field += char;
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += char;
    }
  }
  return rows;
}

describe('WIPO standards implementation status', () => {
  let forum: StacksForum;
  let de: string;
  let fr: string;
  let us: string;
  const matrix = async (token: string | undefined, variables: Record<string, unknown> = {}) =>
    (await forum.as(token).data<{ standardsMatrix: Matrix }>(MATRIX, variables)).standardsMatrix;
  const csv = (token: string | undefined, query = '') =>
    fetch(`${forum.api.url}/api/standards/matrix.csv${query}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  beforeAll(async () => {
    forum = await startStacksForum();
    de = await forum.member('DE');
    fr = await forum.member('FR');
    us = await forum.member('US');
    const report = (token: string, input: Record<string, unknown>) => forum.as(token).data(REPORT, { input });
    await report(de, { standard: 'ST.26', ipRight: 'PATENTS', status: 'PLANNED', planDate: '2026-07-01' });
    // The later report is DE's status; it is shared with FR only.
    await report(de, {
      standard: 'st26',
      ipRight: 'PATENTS',
      status: 'PARTLY_IMPLEMENTED',
      explanation: 'Filing in ST.26, publication still "ST.25", in part',
      comment: '=SUM(A1)',
      visibility: 'OFFICES',
      sharedWith: ['FR'],
    });
    await report(de, { standard: 'ST.66', ipRight: 'TRADEMARKS', status: 'IMPLEMENTED' });
    await report(fr, { standard: 'ST.26', ipRight: 'PATENTS', status: 'IMPLEMENTED' });
  });
  afterAll(() => forum.close());

  it("shows DE's ST.26 status for patents to a viewer allowed to see it, and not to one who is not", async () => {
    const seenByFr = await matrix(fr, { ipRight: 'PATENTS' });
    const deCell = seenByFr.cells.find((c) => c.office.code === 'DE' && c.standard === 'ST.26');
    expect(deCell).toMatchObject({ status: 'PARTLY_IMPLEMENTED', ipRight: 'PATENTS' });
    expect(seenByFr.offices.map((o) => o.code)).toEqual(['DE', 'FR']);

    // US may not see the shared report: DE's status for it is the earlier, COMMUNITY one.
    const seenByUs = await matrix(us, { ipRight: 'PATENTS' });
    expect(seenByUs.cells.find((c) => c.office.code === 'DE' && c.standard === 'ST.26')).toMatchObject({
      status: 'PLANNED',
      planDate: '2026-07-01',
    });
    // Anonymous callers see neither (both reports need a member at least).
    expect((await matrix(undefined)).cells).toEqual([]);

    const { standardsStatus } = await forum
      .as(us)
      .data<{ standardsStatus: Cell[] }>(
        'query { standardsStatus(standard: "ST.26", officeCode: "DE") { status planDate } }',
      );
    expect(standardsStatus).toEqual([{ status: 'PLANNED', planDate: '2026-07-01' }]);
    const { standardsStatusHistory } = await forum
      .as(fr)
      .data<{ standardsStatusHistory: Cell[] }>(
        'query { standardsStatusHistory(standard: "ST.26", officeCode: "DE") { status } }',
      );
    expect(standardsStatusHistory.map((c) => c.status)).toEqual(['PARTLY_IMPLEMENTED', 'PLANNED']);
  });

  it('filters by region and IP right, and lists the seeded standards with titles', async () => {
    const europe = await matrix(fr, { region: 'Europe' });
    expect(europe.cells.map((c) => [c.office.code, c.standard, c.ipRight])).toEqual([
      ['DE', 'ST.26', 'PATENTS'],
      ['DE', 'ST.66', 'TRADEMARKS'],
      ['FR', 'ST.26', 'PATENTS'],
    ]);
    expect((await matrix(fr, { region: 'Asia' })).cells).toEqual([]);
    const codes = europe.standards.map((s) => s.code);
    for (const code of ['ST.3', 'ST.26', 'ST.27', 'ST.36', 'ST.66', 'ST.86', 'ST.90', 'ST.96'])
      expect(codes).toContain(code);
    expect(europe.standards.find((s) => s.code === 'ST.26')?.title).toMatch(/sequence listings/);
  });

  it('exports the same matrix as CSV, viewer by viewer', async () => {
    for (const token of [fr, us]) {
      const query = await matrix(token);
      const response = await csv(token);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/csv');
      const [header, ...rows] = parseCsv(await response.text());
      expect(header).toEqual([
        'office',
        'standard',
        'ipRight',
        'status',
        'planDate',
        'explanation',
        'comment',
        'reportedAt',
      ]);
      expect(rows).toEqual(
        query.cells.map((c) => [
          c.office.code,
          c.standard,
          c.ipRight,
          c.status,
          c.planDate ?? '',
          c.explanation ?? '',
          // A spreadsheet formula is neutralised in the file.
          c.comment?.startsWith('=') ? `'${c.comment}` : (c.comment ?? ''),
          new Date(c.reportedAt).toISOString(),
        ]),
      );
    }
    expect((await csv(fr, '?ipRight=TRADEMARKS').then((r) => r.text())).trim().split('\r\n')).toHaveLength(2);
    expect((await csv(fr, '?ipRight=SONGS')).status).toBe(400);
  });

  it('refuses a report without its explanation or plan date, or of an unknown standard', async () => {
    for (const [input, field] of [
      [{ standard: 'ST.26', ipRight: 'PATENTS', status: 'PARTLY_IMPLEMENTED' }, 'explanation'],
      [{ standard: 'ST.26', ipRight: 'PATENTS', status: 'PLANNED' }, 'planDate'],
      [{ standard: 'ST.26', ipRight: 'PATENTS', status: 'PLANNED', planDate: '2027-02-30' }, 'planDate'],
      [{ standard: 'ST.999', ipRight: 'PATENTS', status: 'IMPLEMENTED' }, 'standard'],
    ] as const) {
      const response = await forum.as(us).request(REPORT, { input });
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});

import { readFileSync } from 'node:fs';
import { readCatalogData } from './catalog.data.js';

// The Chinese texts must be the document's own words; the English is our rendering and is checked for shape only.
const source = readFileSync(new URL('./data/cws12-ict-recommendations.zh.txt', import.meta.url), 'utf8');
const squash = (text: string) => text.replace(/[\s|<>/a-z="-]+/g, '').replace(/^[ivx]+\./, '');
const squashedSource = squash(source);

describe('the CWS/12 catalogue data', () => {
  const data = readCatalogData();

  it('has the 10 recommendations in order, each with actions a, b ... in order', () => {
    expect(data.recommendations.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const rec of data.recommendations) {
      expect(rec.actions.map((a) => a.label)).toEqual('abcdefgh'.slice(0, rec.actions.length).split(''));
    }
  });

  it('quotes every Chinese statement, action, sub-item and note from the source document', () => {
    const texts = data.recommendations.flatMap((rec) => [
      rec.title.zh!,
      ...rec.actions.flatMap((action) => [
        action.text.zh!,
        ...(action.items ?? []).map((item) => item.zh!),
        ...(action.note ? [action.note.zh!] : []),
      ]),
    ]);
    expect(texts.length).toBeGreaterThan(40);
    for (const text of texts) expect(squashedSource).toContain(squash(text));
  });

  it('gives every text an English rendering', () => {
    for (const rec of data.recommendations) {
      expect(rec.title.en.length).toBeGreaterThan(20);
      for (const action of rec.actions) {
        expect(action.text.en.length).toBeGreaterThan(10);
        for (const item of action.items ?? []) expect(item.en.length).toBeGreaterThan(3);
      }
    }
  });

  it('keeps the related legacy recommendations of the document', () => {
    const related = Object.fromEntries(data.recommendations.map((r) => [r.number, r.relatedLegacyRecommendations]));
    expect(related).toEqual({
      1: [1, 2, 6, 36, 39],
      2: [],
      3: [22, 29],
      4: [36, 37],
      5: [3, 4, 13, 14, 16, 17, 32],
      6: [8, 9, 11, 19, 23, 24, 35, 40],
      7: [20, 26, 27, 33],
      8: [10, 16, 21, 25, 28, 30, 31, 34],
      9: [],
      10: [7, 12, 15],
    });
  });
});

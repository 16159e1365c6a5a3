import { cjkBigrams, parseQuery, withCjkBigrams } from './search-query.js';

describe('the search box', () => {
  it('takes typed filters out of the text', () => {
    const typed = parseQuery(
      'office:DE oracle in:recommendation-8 kind:report before:2026-01-01 lang:zh after:2025-01-01',
    );
    expect(typed).toMatchObject({
      text: 'oracle',
      office: 'DE',
      space: 'recommendation-8',
      kind: 'report',
      before: '2026-01-01',
      after: '2025-01-01',
      language: 'zh',
    });
  });

  it('leaves phrases, exclusions and OR to websearch_to_tsquery', () => {
    expect(parseQuery('"cloud migration" -oracle OR db2').text).toBe('"cloud migration" -oracle OR db2');
    expect(parseQuery('"cloud migration" -oracle').short).toBeNull();
  });

  it('marks one or two plain words as short (typo tolerance)', () => {
    expect(parseQuery('postgress').short).toBe('postgress');
    expect(parseQuery('postgress upgrade').short).toBe('postgress upgrade');
    expect(parseQuery('a b c').short).toBeNull();
    expect(parseQuery('数字化').short).toBeNull();
  });

  it('cuts CJK runs into the bigrams the index holds', () => {
    expect(cjkBigrams('数字化转型')).toBe('数字 字化 化转 转型');
    expect(cjkBigrams('数')).toBe('数');
    expect(withCjkBigrams('数字化转型')).toBe('"数字 字化 化转 转型"');
    expect(withCjkBigrams('-甲骨文 cloud')).toBe('-"甲骨 骨文" cloud');
    expect(withCjkBigrams('Oracle数据库')).toBe('Oracle "数据 据库"');
    expect(withCjkBigrams('"我们 数字化"')).toBe('" 我们 数字 字化 "');
  });
});

import { inLanguage, Language } from './language.js';

describe('inLanguage', () => {
  const text = { en: 'ICT strategy', zh: '信通技术策略' };
  it('picks the asked language', () => expect(inLanguage(text, Language.ZH)).toBe('信通技术策略'));
  it('falls back to English where there is no rendering', () =>
    expect(inLanguage(text, Language.FR)).toBe('ICT strategy'));
  it('defaults to English', () => expect(inLanguage(text)).toBe('ICT strategy'));
});

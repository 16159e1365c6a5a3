import { parseMentions } from './mentions.js';

describe('parseMentions', () => {
  it('finds offices by ST.3 code and members by bracketed display name', () => {
    expect(parseMentions('Thanks @DE and @EP! cc @[Jane Doe], @[Li Wei] and @DE again.')).toEqual({
      officeCodes: ['DE', 'EP'],
      displayNames: ['Jane Doe', 'Li Wei'],
    });
  });

  it('ignores e-mail addresses, longer words and code', () => {
    expect(parseMentions('write to ops@DE.example or @DEV or `@FR` or\n```\n@[Not Me]\n```')).toEqual({
      officeCodes: [],
      displayNames: [],
    });
  });
});

describe('parseMentions and letters of other scripts', () => {
  it('takes no office code out of a longer word or an address written in any script', () => {
    expect(parseMentions('mail josé@DE.example, see @DEÜ, @FRé and @DE\u0301 and ünd@[Jane Doe]')).toEqual({
      officeCodes: [],
      displayNames: [],
    });
  });

  it('folds no other letters into a code: only the two ASCII capitals are one', () => {
    // "ı".toUpperCase() is "I", "ﬁ".toUpperCase() is "FI": neither may become @IT or @FI.
    expect(parseMentions('@ıT @ﬁ @ＤＥ @de').officeCodes).toEqual([]);
    expect(parseMentions('(@FI) und @DE.').officeCodes).toEqual(['FI', 'DE']);
  });
});

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

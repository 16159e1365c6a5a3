import { badInput } from './errors.js';

// Characters that show nothing, or reorder what follows, let one name pass for another ("Ada\u200BAdmin") and a title
// read differently from what it says (U+202E turns "gnp.exe" around). Refused in single-line texts that identify
// people and threads, as browsers' spoof checkers and Unicode's security mechanisms (UTS #39) advise:
// - controls (C0, C1, line and paragraph separators) and unpaired surrogates;
// - format and default-ignorable characters: bidi embeddings, overrides and isolates, zero-width spaces, word joiners,
//   soft hyphens, Hangul fillers, the byte-order mark ... and the braille blank, which looks like nothing either.
// Exceptions, where scripts and emoji need them: the zero-width (non-)joiners between letters of scripts that use
// them (Persian, the Indic scripts ...) or inside emoji sequences, variation selectors after a visible character, and
// the tag characters of an emoji flag (Scotland, Wales).
const REFUSED = /[\p{Cc}\p{Cs}\p{Zl}\p{Zp}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u;
const JOINERS = /[\u200C\u200D]/u;
const VARIATION_SELECTOR = /[\uFE00-\uFE0F\u180B-\u180D\u180F\u{E0100}-\u{E01EF}]/u;
const EMOJI = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u20E3]/u;
// A letter or mark of a script that joins (not Latin, Greek or Cyrillic, where a joiner only hides something).
const JOINING_LETTER =
  /^(?=[\p{L}\p{M}])[^\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]$/u;
const EMOJI_TAG_SEQUENCE = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu;
const VISIBLE_BASE = /[^\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]/u;

const codePointName = (char: string) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;

/** The first character that may not appear in a single-line text (as "U+202E"), or null when there is none. */
export function unsafeCharacter(text: string): string | null {
  const chars = [...text.replace(EMOJI_TAG_SEQUENCE, '\u{1F3F4}')];
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i];
    if (!REFUSED.test(char)) continue;
    const before = chars[i - 1];
    const after = chars[i + 1];
    if (VARIATION_SELECTOR.test(char) && before !== undefined && VISIBLE_BASE.test(before)) continue;
    if (JOINERS.test(char) && before !== undefined && after !== undefined) {
      const emoji = EMOJI.test(before) && EMOJI.test(after);
      const letters = JOINING_LETTER.test(before) && JOINING_LETTER.test(after);
      if (emoji || letters) continue;
    }
    return codePointName(char);
  }
  return null;
}

/**
 * A single-line text as people read it (a title, a name): trimmed, `min` to `max` characters, without controls or
 * invisible characters. Anything else is BAD_USER_INPUT naming `field`.
 */
export function checkPlainText(value: string, field: string, limits: { min: number; max: number }): string {
  // Surrounding whitespace (a trailing newline from a form) is only trimmed; inside, controls are refused.
  const trimmed = value.trim();
  const unsafe = unsafeCharacter(trimmed);
  if (unsafe) throw badInput(`${field} may not contain control or invisible characters (${unsafe})`, { field });
  const length = [...trimmed].length;
  if (length < limits.min || length > limits.max)
    throw badInput(`${field} must have ${limits.min} to ${limits.max} characters`, { field });
  return trimmed;
}

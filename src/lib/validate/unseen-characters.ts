/**
 * Characters a text from the data must not carry: control characters, which no page, workbook or
 * chart picture can show (a U+0001 in a title made the chart's PNG fail to render), and the
 * direction overrides and isolates that can make a title read differently from what it holds.
 * Tab, line feed and carriage return stay allowed: descriptions have paragraphs.
 */

const NAMES: Record<number, string> = {
  0x00: 'NULL',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0xa0: 'NO-BREAK SPACE',
  0xad: 'SOFT HYPHEN',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x2060: 'WORD JOINER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (a byte-order mark)',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
};

const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]/u;

/** "U+0001 (a control character)", "U+202E RIGHT-TO-LEFT OVERRIDE": a character named as a person can search for it. */
export function codePointName(ch: string): string {
  const code = ch.codePointAt(0)!;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[code];
  return name ? `${hex} ${name}` : `${hex} (a control character)`;
}

/**
 * Why a text cannot be published as it is, or null when it can: the first forbidden character,
 * by code point and name, and what precedes it, so a person finds it in an editor.
 */
export function unseenCharacterMessage(text: string): string | null {
  const match = FORBIDDEN.exec(text);
  if (match === null) return null;
  const before = text.slice(Math.max(0, match.index - 20), match.index);
  const where = before === '' ? 'at its start' : `after ${JSON.stringify(before)}`;
  const kind = match[0] >= '\u202a' ? 'it changes the direction the text is read in' : 'no page, workbook or chart can show it';
  return `contains ${codePointName(match[0])} ${where}, which cannot be published (${kind}): remove it`;
}

/** Characters that look like nothing (or like a space) in an editor, yet make a code or number differ. */
const INVISIBLE = /[\u00a0\u00ad\u200b-\u200d\u2060\ufeff]/u;
const FULL_WIDTH_DIGIT = /[\uff10-\uff19]/u;

/**
 * Why a cell that was refused may look right in an editor, or '' when nothing hidden is in it: an
 * invisible character, full-width digits (typed with a Vietnamese or CJK input method), or letters
 * written decomposed (NFD, as some Mac programs save "ả" as "a" + a combining hook).
 */
export function hiddenDifference(text: string): string {
  const invisible = INVISIBLE.exec(text);
  if (invisible) {
    const before = text.slice(Math.max(0, invisible.index - 20), invisible.index);
    return ` (it contains ${codePointName(invisible[0])} ${before === '' ? 'at its start' : `after ${JSON.stringify(before)}`}, which an editor does not show: delete and retype the cell)`;
  }
  if (FULL_WIDTH_DIGIT.test(text)) return ' (its digits are full-width, as some input methods type them: retype them as 0–9)';
  if (text.normalize('NFC') !== text) return ' (its letters are written decomposed, a letter and a separate accent (NFD): retype the cell, or save the file from a program that writes composed letters (NFC))';
  return '';
}

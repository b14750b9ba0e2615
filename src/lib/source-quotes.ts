/**
 * The repo's record of what each source says: docs/sources/<dataset>.md holds, under a heading
 * per source id, the source's address and the passages quoted from it. A figure under data/ is
 * only as honest as the words it was read from, so a test holds every value to a quote.
 *
 *     ## dti-gov-vn-2022
 *     URL: https://dti.gov.vn/xep-hang-2022
 *     > «Quảng Trị xếp thứ 55/63 …»
 *
 * Consecutive ">" lines are one quote; any other line is commentary for the reader.
 */
export interface QuotedSource {
  id: string;
  /** The address given on the "URL:" line, or null when none is. */
  url: string | null;
  quotes: string[];
  /** The heading's line, for messages. */
  line: number;
}

export function parseSourceQuotes(markdown: string): Map<string, QuotedSource> {
  const sources = new Map<string, QuotedSource>();
  let current: QuotedSource | null = null;
  let quoting = false;
  markdown.split(/\r?\n/).forEach((text, index) => {
    const heading = /^##\s+(\S+)\s*$/.exec(text);
    if (heading) {
      // A source quoted in two sections of a file (its own figures, then other provinces') is one source.
      current = sources.get(heading[1]!) ?? { id: heading[1]!, url: null, quotes: [], line: index + 1 };
      sources.set(current.id, current);
      quoting = false;
      return;
    }
    if (!current) return;
    const url = /^URL:\s*(\S+)/.exec(text);
    if (url) current.url = url[1]!;
    const quote = /^>\s?(.*)$/.exec(text);
    if (quote) {
      if (quoting) current.quotes[current.quotes.length - 1] += ` ${quote[1]!}`;
      else current.quotes.push(quote[1]!);
    }
    quoting = quote !== null;
  });
  return sources;
}

/**
 * Whether a number is written in a passage the way Vietnamese or English text writes it: a decimal
 * comma or point, trailing zeros, leading zeros (a table's rank "01"), thousands grouped by point,
 * comma or space. A figure must stand alone, so 5 is not found in 55, nor 0.5 in 0.55.
 */
export function passageStates(passage: string, value: number): boolean {
  return numberPattern(value).test(passage);
}

function numberPattern(value: number): RegExp {
  const [whole, fraction = ''] = Math.abs(value).toString().split('.');
  const grouped = whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '[.,\\s\u00a0]?');
  const decimals = fraction ? `[.,]${fraction}0*` : '(?:[.,]0+)?';
  // A fall is written with a minus sign, or in words before the number: «giảm 22 bậc», "down 22".
  const sign = value < 0 ? '(?:[-−–]\\s?|(?:giảm|tụt|down|fell|dropped)\\s+)' : '';
  return new RegExp(`(?<![\\d.,]|\\d[.,])${sign}0*${grouped}${decimals}(?![\\d]|[.,]\\d)`, 'iu');
}

/** A figure no quote of its source states, placed at its cell for the validator's report. */
export interface UnquotedFigure {
  /** The CSV, from the portal's root. */
  path: string;
  line: number;
  column: number;
  message: string;
}

/** What unquotedFigures needs of one table: its file and, for each row as validated, where its value is. */
export interface QuotedTable {
  path: string;
  rows: readonly { source?: unknown; value?: unknown }[];
  /** The place of each row's value cell, as the validator read the file (a quoted cell may run over lines). */
  valuePlaces: readonly { line: number; column: number }[];
}

/**
 * Every figure of a dataset's tables that no passage of its source's quotes states, given the
 * dataset's quotes file (null when it has none), placed at the figure's cell.
 */
export function unquotedFigures(quotesPath: string, quotesText: string | null, tables: readonly QuotedTable[]): UnquotedFigure[] {
  const quoted = parseSourceQuotes(quotesText ?? '');
  const found: UnquotedFigure[] = [];
  for (const table of tables) {
    table.rows.forEach((row, k) => {
      if (typeof row.value !== 'number') return;
      const source = String(row.source);
      const entry = quoted.get(source);
      if (entry?.url && entry.quotes.some((q) => passageStates(q, row.value as number))) return;
      const where =
        quotesText === null
          ? `${quotesPath} does not exist: create it, with a heading "## ${source}", a line "URL: <the source's address>" and the source's passage that states the figure on a line starting with "> "`
          : entry === undefined
            ? `${quotesPath} has no heading "## ${source}": add it, with a line "URL: <the source's address>" and the source's passage that states the figure on a line starting with "> "`
            : !entry.url
              ? `the heading "## ${source}" of ${quotesPath} (line ${entry.line}) has no "URL:" line: add the source's address`
              : `no passage under "## ${source}" in ${quotesPath} (line ${entry.line}) states it: copy the source's sentence that gives ${row.value} there, on a line starting with "> ", exactly as the source writes it`;
      const place = table.valuePlaces[k] ?? { line: 1, column: 1 };
      found.push({ path: table.path, ...place, message: `the figure ${row.value} from source "${source}" is not quoted: ${where}` });
    });
  }
  return found;
}

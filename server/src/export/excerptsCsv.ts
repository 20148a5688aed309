import type { CodedExcerpts, LocaleCode } from "@review/shared";
import { exportMessages } from "./i18n/index.ts";

// Column names are identifiers that analysis tools and scripts select by, so they stay the
// same in every language; the cells a person reads (the rating) follow the exporter's.

const COLUMNS = ["code", "factor", "module", "team_rating", "kind", "excerpt", "section", "source", "source_label", "stance", "tests", "visit_day"] as const;

/**
 * A spreadsheet program runs a cell that starts with one of these as a formula (CSV
 * injection), also after leading whitespace, which it skips; such cells get a leading
 * apostrophe, which spreadsheets show as text.
 */
const FORMULA_START = /^(?:[\t\r]|\s*[=+\-@])/;

/** One RFC 4180 field: quoted when needed, quotes doubled, formula starts neutralised. */
export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The coded excerpts as CSV, one row per excerpt (a factor without excerpts but with a
 * rating gets one row with an empty excerpt). UTF-8 with a byte-order mark and CRLF line
 * ends, which is what spreadsheet programs open without asking. Ratings are named in `locale`.
 */
export function renderExcerptsCsv(excerpts: CodedExcerpts, locale: LocaleCode = "en"): string {
  const ratings = exportMessages(locale).ratings;
  const rows: string[][] = [[...COLUMNS]];
  for (const code of excerpts.codes) {
    const base = [code.code, code.name, code.module, code.rating ? ratings[code.rating] : ""];
    if (code.excerpts.length === 0) rows.push([...base, "", "", "", "", "", "", "", ""]);
    for (const excerpt of code.excerpts) {
      rows.push(
        excerpt.kind === "report"
          ? [...base, "report", excerpt.text, excerpt.section ?? "", "", "", "", "", ""]
          : [
              ...base,
              "evidence",
              excerpt.text,
              "",
              excerpt.source,
              excerpt.sourceLabel,
              excerpt.stance,
              excerpt.tests.join("; "),
              excerpt.visitDay === null ? "" : String(excerpt.visitDay),
            ],
      );
    }
  }
  return `\uFEFF${rows.map((row) => row.map(csvField).join(",")).join("\r\n")}\r\n`;
}

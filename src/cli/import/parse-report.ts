/**
 * The plain-text report format of ../shared/sources/: a first line `date YYYY-MM-DD` (possibly
 * indented, and possibly with the text carrying on after the date on the same line), then the text.
 */
export interface Report {
  /** The day on the first line, as written (the source schema checks it is a real day). */
  published: string;
  /** Everything after the date, verbatim; only the separator after the date is dropped. */
  text: string;
}

export type ReportResult = { ok: true; report: Report } | { ok: false; reason: "no-date-line" | "no-text"; firstLine: string };

// The date, then either spaces and more text on the same line, or the end of the line and any blank lines.
const DATE_LINE = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+(?=\S)|[ \t]*(?:\n[ \t]*)*\n|[ \t]*$)/;

/** Reads decoded report text (no BOM, LF line ends: see decodeText). */
export function parseReport(source: string): ReportResult {
  const match = DATE_LINE.exec(source);
  const firstLine = source.split("\n", 1)[0];
  if (!match) return { ok: false, reason: "no-date-line", firstLine };
  const text = source.slice(match[0].length);
  if (text.trim() === "") return { ok: false, reason: "no-text", firstLine };
  return { ok: true, report: { published: match[1], text } };
}

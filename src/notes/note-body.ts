/**
 * What a note's text (the Markdown after the front matter) may not hold: an image, which would load
 * from wherever it points for every reader and feed subscriber (a tracking pixel) — images come
 * only from the build's own files — and characters that are not safe text (text-safety.ts).
 */
import MarkdownIt from "markdown-it";
import { bodyFirstLine, type NoteFile } from "./read-note-file.ts";
import type { Problem } from "./problems.ts";
import { findUnsafeCharacter } from "./text-safety.ts";

// Parsed as the site renders it (html off, linkify on), so an image counts only where one would show.
const markdown = new MarkdownIt({ html: false, linkify: true });
type Token = ReturnType<typeof markdown.parse>[number];

// Enough to show the pattern in a pasted document without printing thousands of lines.
const MAX_PROBLEMS_PER_NOTE = 20;

export function bodyProblems(note: NoteFile, file: string): Problem[] {
  const firstLine = bodyFirstLine(note);
  const lines = note.body.split("\n");
  const problems: Problem[] = [];
  lines.forEach((line, index) => {
    const unsafe = findUnsafeCharacter(line);
    if (unsafe) problems.push({ file, line: firstLine + index, column: unsafe.index + 1, field: "text", message: `found ${unsafe.name}; expected text without it: ${unsafe.why}` });
  });
  for (const { token, line } of images(markdown.parse(note.body, {}))) {
    const src = String(token.attrGet("src") ?? "");
    const at = lines.findIndex((text, index) => index >= line && text.includes("!["));
    const row = at === -1 ? line : at;
    problems.push({
      file,
      line: firstLine + row,
      column: (lines[row]?.indexOf("![") ?? -1) + 1 || 1,
      field: "text",
      message: `found an image (${describeSrc(src)}); expected no images in a note's text: an image from another site loads for every reader and feed subscriber. Link to it instead: [${token.content || "description"}](${src})`,
    });
  }
  problems.sort((a, b) => a.line! - b.line! || a.column! - b.column!);
  return problems.slice(0, MAX_PROBLEMS_PER_NOTE);
}

function describeSrc(src: string): string {
  const shown = src.length > 60 ? `${src.slice(0, 57)}…` : src;
  return /^([a-z][a-z0-9+.-]*:)?\/\//i.test(src) ? `from ${shown}` : `"${shown}"`;
}

function* images(tokens: Token[]): Generator<{ token: Token; line: number }> {
  for (const block of tokens) {
    for (const child of block.children ?? []) {
      if (child.type === "image") yield { token: child, line: block.map?.[0] ?? 0 };
    }
  }
}

/**
 * Reading one Markdown note from disk: bytes → text → front matter + body, refusing what cannot be
 * read honestly (empty files, invalid UTF-8, an unclosed fence, broken YAML) with a located problem.
 */
import { readFile } from "node:fs/promises";
import matter from "gray-matter";
import yaml from "js-yaml";
import type { Problem } from "./problems.ts";

export interface NoteFile {
  /** Front matter as YAML's core schema reads it: dates stay strings. */
  data: Record<string, unknown>;
  body: string;
  /** The front matter's lines, to point problems at a line. */
  frontMatterLines: string[];
}

/**
 * What YAML allows and content refuses: anchors (`&a`) and aliases (`*a`), as a few kilobytes of
 * aliases expand to gigabytes (the "billion laughs") and no note needs them; and a `__proto__` key.
 * Thrown as js-yaml's own exception, so it is reported with its line like any YAML mistake; its
 * class tells the callers it is a rule, not a typo.
 */
export class YamlRefusedError extends yaml.YAMLException {}

// Deep enough for any note; a deeper one is a mistake or an attack, refused by js-yaml with its line.
const MAX_YAML_DEPTH = 20;

/** True when `value` holds, at any depth, a key `__proto__`: validation would drop it without a word. */
function hasProtoKey(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== "object" || depth > MAX_YAML_DEPTH) return false;
  if (Object.hasOwn(value, "__proto__")) return true;
  return Object.values(value).some((inner) => hasProtoKey(inner, depth + 1));
}

// NOTE: CORE_SCHEMA has no timestamp type, so `date: 2023-03-23T13:38` stays the author's string.
export function parseYaml(source: string): unknown {
  const data = loadYaml(source);
  if (hasProtoKey(data)) {
    const line = source.split("\n").findIndex((text) => /^\s*(- )?["']?__proto__["']?\s*:/.test(text));
    const error = new YamlRefusedError("found the key __proto__; expected a key of the content contract: __proto__ is never a field, an id or a name");
    Object.assign(error, { mark: { line: Math.max(0, line), column: Math.max(0, source.split("\n")[Math.max(0, line)].indexOf("__proto__")) }, reason: error.message });
    throw error;
  }
  return data;
}

function loadYaml(source: string): unknown {
  const opened: { line: number; column: number }[] = [];
  return yaml.load(source, {
    schema: yaml.CORE_SCHEMA,
    // js-yaml's documented listener option (loader.js), called as each node opens and closes.
    ...({
      maxDepth: MAX_YAML_DEPTH,
      listener(event: "open" | "close", state: { line: number; position: number; lineStart: number; anchor: string | null }) {
        if (event === "open") {
          opened.push({ line: state.line, column: state.position - state.lineStart });
          return;
        }
        const at = opened.pop()!;
        if (state.anchor !== null) {
          const error = new YamlRefusedError(
            `found the YAML anchor &${state.anchor}; expected every value written out: anchors and aliases (&name, *name) are not allowed in content, as a few of them can make a note of kilobytes expand to gigabytes`,
          );
          Object.assign(error, { mark: { line: at.line, column: at.column }, reason: error.message });
          throw error;
        }
      },
    } as object),
  });
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

export type ReadResult = { ok: true; note: NoteFile } | { ok: false; problem: Problem };

/** Decodes note bytes strictly: a byte-order mark and CRLF are accepted, invalid UTF-8 is refused. */
export function decodeText(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  } catch {
    return undefined;
  }
}

export function parseNoteText(text: string, file: string): ReadResult {
  const fail = (message: string, line?: number, column?: number): ReadResult => ({
    ok: false,
    problem: { file, line, column, field: "", message },
  });
  if (text.trim() === "") return fail("the file is empty; expected front matter between --- lines, then the text");
  if (!/^---[ \t]*\n/.test(text)) return fail("expected the file to start with a --- line opening the front matter", 1, 1);
  const lines = text.split("\n");
  const closing = lines.findIndex((line, index) => index > 0 && /^---[ \t]*$/.test(line));
  if (closing === -1) return fail("the front matter opened on line 1 is never closed; expected a --- line after it", 1, 1);

  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, { engines: { yaml: { parse: (s: string) => parseYaml(s) as object } } });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      // NOTE: gray-matter hands js-yaml the text from the end of the opening `---` (its own line 0,
      // counted from 0), so js-yaml's line + 1 is the line in the file.
      return fail(error instanceof YamlRefusedError ? error.reason : `the front matter is not valid YAML: ${error.reason}`, error.mark.line + 1, error.mark.column + 1);
    }
    throw error;
  }
  const data: unknown = parsed.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return fail("expected the front matter to be a mapping of keys to values", 2, 1);
  }
  return { ok: true, note: { data: data as Record<string, unknown>, body: parsed.content, frontMatterLines: lines.slice(1, closing) } };
}

/** The file line (1-based) of the body's first line: after the opening fence, the front matter and the closing fence. */
export const bodyFirstLine = (note: NoteFile) => note.frontMatterLines.length + 3;

export async function readNoteFile(path: string, file: string): Promise<ReadResult> {
  const text = decodeText(await readFile(path));
  if (text === undefined) {
    return { ok: false, problem: { file, field: "", message: "the file is not valid UTF-8 text; expected UTF-8 (re-save it as UTF-8)" } };
  }
  return parseNoteText(text, file);
}

/**
 * Finds the line and column of a field path in front matter (1-based, counting the opening fence as
 * line 1). A best effort over the text: good for block-style YAML, undefined where it cannot tell.
 */
export function locateField(frontMatterLines: readonly string[], path: readonly PropertyKey[]): { line: number; column: number } | undefined {
  let from = 0;
  let parentIndent = -1;
  let found: { line: number; column: number } | undefined;
  for (const segment of path) {
    let hit = -1;
    if (typeof segment === "number") {
      let seen = -1;
      let itemIndent = -1;
      for (let i = from; i < frontMatterLines.length; i++) {
        const match = /^(\s*)- /.exec(frontMatterLines[i]);
        const indent = leadingSpaces(frontMatterLines[i]);
        if (frontMatterLines[i].trim() !== "" && indent <= parentIndent && i > from) break;
        if (!match) continue;
        if (itemIndent === -1) itemIndent = match[1].length;
        if (match[1].length !== itemIndent) continue;
        seen++;
        if (seen === segment) { hit = i; parentIndent = itemIndent; break; }
      }
      if (hit === -1) return found;
      found = { line: hit + 2, column: parentIndent + 1 };
      from = hit;
      continue;
    }
    const key = String(segment).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(`^(\\s*(?:- )?)["']?${key}["']?\\s*:`);
    for (let i = from; i < frontMatterLines.length; i++) {
      const match = pattern.exec(frontMatterLines[i]);
      if (match && match[1].length > parentIndent) { hit = i; parentIndent = match[1].length; break; }
      if (i > from && frontMatterLines[i].trim() !== "" && leadingSpaces(frontMatterLines[i]) <= parentIndent && !/^\s*- /.test(frontMatterLines[i])) break;
    }
    if (hit === -1) return found;
    found = { line: hit + 2, column: parentIndent + 1 };
    from = hit;
  }
  return found;
}

function leadingSpaces(line: string): number {
  return line.length - line.trimStart().length;
}

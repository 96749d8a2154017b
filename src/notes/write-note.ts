/**
 * The writer of notes, the counterpart of read-note-file.ts (the parser): front matter as YAML, then
 * the body. What it writes reads back to the same data (tests/cli/a-written-note-reads-back-the-same).
 */
import yaml from "js-yaml";

export interface NoteText {
  /** Front matter in the order it should appear; undefined values are left out. */
  frontMatter: Record<string, unknown>;
  body: string;
  /** A JSON Schema for the front matter, as a path relative to the note (a yaml-language-server modeline). */
  schema?: string;
}

/** The comment editors with a YAML language server read to check and complete the front matter. */
export function schemaModeline(schemaPath: string): string {
  return `# yaml-language-server: $schema=${schemaPath}`;
}

function withoutUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutUndefined);
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, withoutUndefined(v)]));
  }
  return value;
}

/** Front matter as YAML: every string quoted, so a date, `no` or `1.5` always reads back as the text written. */
export function frontMatterYaml(frontMatter: Record<string, unknown>): string {
  return yaml.dump(withoutUndefined(frontMatter), { lineWidth: -1, quotingType: '"', forceQuotes: true, noRefs: true, sortKeys: false });
}

export function renderNote({ frontMatter, body, schema }: NoteText): string {
  const modeline = schema ? `${schemaModeline(schema)}\n` : "";
  // NOTE: the body is written byte for byte (an imported report must stay verbatim).
  return `---\n${modeline}${frontMatterYaml(frontMatter)}---\n${body}`;
}

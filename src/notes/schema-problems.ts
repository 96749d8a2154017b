/** Turns schema issues into problems that say what was found and what was expected, at a line. */
import type { z } from "zod";
import { describeValue, type Problem } from "./problems.ts";
import { locateField } from "./read-note-file.ts";
import { didYouMean } from "./suggest.ts";

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => (typeof key === "number" ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), "");
}

const TYPE_WORDS: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  record: "a mapping",
};

function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case "invalid_value":
      return `expected one of ${issue.values.map(String).join(", ")}`;
    case "too_small":
      if (issue.origin === "array") return `expected at least ${issue.minimum} item${Number(issue.minimum) === 1 ? "" : "s"}`;
      if (issue.origin === "string") return "expected non-empty text";
      return `expected a number of at least ${issue.minimum}`;
    case "too_big":
      return `expected a number of at most ${issue.maximum}`;
    case "invalid_union":
      return "expected a number or text";
    case "invalid_key":
      // zod's own text here is "Invalid key in record"; the key schema's message says what was expected.
      return issue.issues[0]?.message ?? "expected a usable key";
    default:
      return issue.message.startsWith("expected") ? issue.message : `expected ${issue.message.replace(/^is /, "")}`;
  }
}

function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  for (const segment of path) {
    const def = (node as { def?: { type: string; shape?: Record<string, unknown>; element?: unknown; valueType?: unknown; innerType?: unknown } }).def;
    if (!def) return [];
    node = def.type === "object" ? def.shape?.[String(segment)] : def.type === "array" ? def.element : def.type === "record" ? def.valueType : undefined;
    while ((node as { def?: { type: string; innerType?: unknown } })?.def?.type === "optional" || (node as { def?: { type: string } })?.def?.type === "default") {
      node = (node as { def: { innerType: unknown } }).def.innerType;
    }
  }
  const def = (node as { def?: { type: string; shape?: Record<string, unknown> } }).def;
  return def?.type === "object" && def.shape ? Object.keys(def.shape) : [];
}

export function problemsFromIssues(
  issues: readonly z.core.$ZodIssue[],
  schema: z.ZodType,
  file: string,
  frontMatterLines: readonly string[] = [],
): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys") {
      const known = allowedKeys(schema, issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        problems.push({
          file,
          ...locateField(frontMatterLines, path),
          field: fieldPath(path),
          message: `is not a known key; expected one of ${known.join(", ")}${didYouMean(key, known)}`,
        });
      }
      continue;
    }
    const found = issue.input === undefined ? "is missing" : `found ${describeValue(issue.input)}`;
    problems.push({ file, ...locateField(frontMatterLines, issue.path), field: fieldPath(issue.path), message: `${found}; ${expectation(issue)}` });
  }
  return problems;
}

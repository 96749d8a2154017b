/**
 * Characters a note may not hold: they crash tools downstream (a lone UTF-16 surrogate breaks
 * Pagefind), drive terminals (ESC), vanish or reorder what a reader sees (bidi overrides, NUL).
 * Each is named with its position, so the author can find and remove it.
 */

// Embedding and override controls (U+202A–U+202E) and isolates (U+2066–U+2069): they make text
// display in another order than it is stored. U+200E/U+200F and U+061C (directional marks, used in
// Arabic and Hebrew text) only set a direction and stay allowed.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/u;
// C0 controls but tab and newline, DEL, and C1 controls.
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
// A surrogate standing alone: in a `u` regex a well-formed pair is one code point, never matched here.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

const CONTROL_NAMES: Record<number, string> = { 0x00: "NUL", 0x07: "BEL", 0x08: "BS", 0x0b: "VT", 0x0c: "FF", 0x1b: "ESC", 0x7f: "DEL" };

const hex = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;

export interface UnsafeCharacter {
  /** 0-based index in the string, in UTF-16 units. */
  index: number;
  /** What it is, e.g. "the control character U+001B (ESC)". */
  name: string;
  /** Why it is refused and what to do. */
  why: string;
}

export function findUnsafeCharacter(text: string): UnsafeCharacter | undefined {
  let best: UnsafeCharacter | undefined;
  for (const [pattern, describe] of [
    [LONE_SURROGATE, (code: number) => [`a lone UTF-16 surrogate (${hex(code)})`, "it is half of a character; write the character itself, or both halves of its \\u escape"]],
    [CONTROL, (code: number) => [`the control character ${hex(code)}${CONTROL_NAMES[code] ? ` (${CONTROL_NAMES[code]})` : ""}`, "it is not text; remove it"]],
    [BIDI_CONTROL, (code: number) => [`the bidirectional control ${hex(code)}`, "it makes text display in another order than it is written; remove it"]],
  ] as const) {
    const match = pattern.exec(text);
    if (match && (!best || match.index < best.index)) {
      const [name, why] = describe(match[0].codePointAt(0)!);
      best = { index: match.index, name, why };
    }
  }
  return best;
}

/** A message for a field holding an unsafe character, in the schema's "expected …" form. */
export function unsafeCharacterMessage(found: UnsafeCharacter): string {
  return `expected text without ${found.name} at character ${found.index + 1}: ${found.why}`;
}

// Whitespace and the characters that render as nothing (zero-width space and joiners, word joiner, soft hyphen, BOM, …).
const INVISIBLE = /[\s\p{Default_Ignorable_Code_Point}]/gu;

/** True when nothing of `text` would show on a page. */
export function isInvisible(text: string): boolean {
  return text.replace(INVISIBLE, "") === "";
}

const UNSAFE_FOR_TERMINAL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\uD800-\uDFFF]/gu;

/** What a message may print of an author's text: unsafe and invisible characters shown as \u escapes, never sent to the terminal. */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE_FOR_TERMINAL, (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
}

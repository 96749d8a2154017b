/**
 * The direction a language is written in, for `dir` on the text and quotes in it. Intl.Locale's
 * text info knows it where the runtime has it (Node 20: the `textInfo` getter; later: getTextInfo());
 * a script named in the tag (ku-Arab), or else the language's likely script, is looked up in a short
 * list of right-to-left scripts.
 */
export type Direction = "ltr" | "rtl";

// Unicode script codes written right to left (ISO 15924): Arabic, Hebrew, Syriac, Thaana, N'Ko, Adlam, Mandaic, Samaritan, Old Hungarian…
const RTL_SCRIPTS = new Set(["Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Adlm", "Mand", "Samr", "Rohg", "Yezi"]);

type WithTextInfo = Intl.Locale & { textInfo?: { direction?: string }; getTextInfo?: () => { direction?: string } };

const directions = new Map<string, Direction>();

export function directionOf(language: string): Direction {
  let direction = directions.get(language);
  if (direction === undefined) {
    direction = lookUp(language);
    directions.set(language, direction);
  }
  return direction;
}

function lookUp(language: string): Direction {
  let locale: WithTextInfo;
  try {
    locale = new Intl.Locale(language) as WithTextInfo;
  } catch {
    return "ltr";
  }
  // A script named in the tag decides (V8's text info reads ku-Arab as ltr).
  if (locale.script !== undefined) return RTL_SCRIPTS.has(locale.script) ? "rtl" : "ltr";
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  if (info?.direction === "rtl" || info?.direction === "ltr") return info.direction;
  const script = locale.maximize().script;
  return script !== undefined && RTL_SCRIPTS.has(script) ? "rtl" : "ltr";
}

/** For a name in no stated language: rtl when its first letter is of a right-to-left script. */
export function directionOfText(text: string): Direction {
  const first = text.match(/\p{L}/u)?.[0];
  return first !== undefined && /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u.test(first) ? "rtl" : "ltr";
}

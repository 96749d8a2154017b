/** A language's name in the site's language ("Arabic" for ar, shown on an English page), from Intl.DisplayNames; the tag itself if unknown. */
const namers = new Map<string, Intl.DisplayNames>();

export function languageName(tag: string, inLanguage = "en"): string {
  let namer = namers.get(inLanguage);
  if (!namer) {
    namer = new Intl.DisplayNames([inLanguage, "en"], { type: "language", fallback: "code" });
    namers.set(inLanguage, namer);
  }
  try {
    return namer.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

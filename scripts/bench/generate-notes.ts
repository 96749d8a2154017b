/**
 * Synthetic content for the benchmark: a content folder valid against the contract (site.yaml,
 * places.yaml, sources, incidents of ~300 words), the same bytes for the same seed and size.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { DateTime } from "luxon";

export interface GenerateOptions {
  notes: number;
  seed?: number;
  /** How many sources the notes cite (default one per five notes, at least 5). */
  sources?: number;
  /** How many places the notes are at (default 60). */
  places?: number;
}

/** The default numbers of sources and places for a number of notes. */
export const defaultSourceCount = (notes: number) => Math.max(5, Math.ceil(notes / 5));
export const DEFAULT_PLACE_COUNT = 60;

export interface GeneratedContent {
  dir: string;
  incidentIds: string[];
  sources: number;
  places: number;
  /** Citations in all (a note citing a source counts once): ÷ sources is how many notes cite a source, on average. */
  citations: number;
}

/** mulberry32: small, fast and good enough for test data; the same seed gives the same sequence. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = (
  "the of and to in a that was said on for with at by from as were after it had its is an officials have " +
  "not two three near their they which this been when who but or one also four more than about some would " +
  "local forces group base attack drone strike rocket statement report military government people area " +
  "village town city road field border convoy building site position fighters residents witnesses night " +
  "morning evening security killed wounded injured damage claimed denied confirmed according sources " +
  "monitor ministry spokesman commander militia air defence artillery shelling vehicle checkpoint camp " +
  "oil gas bridge hospital school market mosque power station airport port river hill district province " +
  "ceasefire talks response retaliation warning threat operation patrol raid arrest explosion fire smoke " +
  "casualties civilians soldiers contractor coalition alliance army police intelligence assessment"
).split(" ");

const CONSONANTS = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "r", "s", "t", "z", "sh", "kh", "q", "j", "w"];
const VOWELS = ["a", "i", "u", "e", "o", "aa", "ai"];

/** Common words first, then invented ones: ranked for a Zipf-like draw, so a few words are everywhere and most are rare. */
function vocabulary(random: () => number, size: number): string[] {
  const words = new Set(COMMON);
  while (words.size < size) {
    const syllables = 2 + Math.floor(random() * 3);
    let word = "";
    for (let i = 0; i < syllables; i++) word += CONSONANTS[Math.floor(random() * CONSONANTS.length)] + VOWELS[Math.floor(random() * VOWELS.length)];
    if (random() < 0.3) word += CONSONANTS[Math.floor(random() * CONSONANTS.length)];
    words.add(word);
  }
  return [...words];
}

function zipfPicker(words: readonly string[], random: () => number): () => string {
  const cumulative: number[] = [];
  let total = 0;
  words.forEach((_, rank) => {
    total += 1 / (rank + 2);
    cumulative.push(total);
  });
  return () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return words[low];
  };
}

const KINDS = ["attack", "attack", "attack", "strike", "strike", "statement", "assessment"] as const;
const SOURCE_TYPES = ["report", "official", "monitor"] as const;
const RELATIONS = ["follows", "responds-to", "see-also"] as const;
const ACTORS = ["CENTCOM", "SOHR", "Pentagon", "Kataib Hezbollah", "SDF", "IRGC", "Syrian Arab Army", "Iraqi Security Forces", "White House", "Russian MoD"];
const TAGS = ["drone", "rockets", "airstrike", "artillery", "statement", "casualties", "oil field", "border", "convoy", "air defence"];
const PUBLISHERS = ["Reuters", "AP", "AFP", "SOHR", "CENTCOM", "US Department of Defense", "Syrian state media", "Al-Monitor", "Rudaw", "Kurdistan 24"];

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
const quoted = (text: string) => JSON.stringify(text);

/**
 * Writes a content folder of `notes` incidents (plus notes/5 sources and 60 places unless `sources`
 * and `places` say otherwise) into `dir`. Few sources or places make each one cited by many notes,
 * as official press releases are.
 */
export async function generateNotes(dir: string, { notes, seed = 1, sources: sourceOption, places: placeOption }: GenerateOptions): Promise<GeneratedContent> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const word = zipfPicker(vocabulary(random, 6000), random);
  const sentence = (length: number) => capitalise(Array.from({ length }, word).join(" ")) + ".";
  const paragraph = (words: number) => {
    const sentences: string[] = [];
    for (let left = words; left > 0; ) {
      const length = Math.min(left, between(8, 20));
      sentences.push(sentence(length));
      left -= length;
    }
    return sentences.join(" ");
  };

  await mkdir(path.join(dir, "incidents"), { recursive: true });
  await mkdir(path.join(dir, "sources"), { recursive: true });
  await writeFile(
    path.join(dir, "site.yaml"),
    `title: "Synthetic briefing (${notes} notes)"\ndescription: "Generated notes for the benchmark (seed ${seed})."\ntimezone: Asia/Damascus\nlanguage: en\n`,
  );

  const places = Array.from({ length: placeOption ?? DEFAULT_PLACE_COUNT }, (_, index) => {
    const name = `${pick(["Al-", "Tal ", "Deir ", "Abu ", ""])}${capitalise(word())}`;
    return { id: `${slug(name)}-${index + 1}`, name, lat: 32 + random() * 5, lon: 36 + random() * 8, country: random() < 0.7 ? "Syria" : "Iraq" };
  });
  await writeFile(
    path.join(dir, "places.yaml"),
    places
      .map((place) =>
        `${place.id}:\n  name: ${quoted(place.name)}\n  lat: ${place.lat.toFixed(3)}\n  lon: ${place.lon.toFixed(3)}\n  precision: ${pick(["exact", "approximate", "region"])}\n  country: ${place.country}\n`,
      )
      .join(""),
  );

  const firstDay = DateTime.fromISO("2021-01-01", { zone: "UTC" });
  // About six incidents a day: 1,000 notes cover five or six months, 10,000 about four and a half years.
  const dayCount = Math.max(1, Math.ceil(notes / 6));
  const sourceCount = sourceOption ?? defaultSourceCount(notes);
  const sources = Array.from({ length: sourceCount }, (_, index) => {
    const paragraphs = [paragraph(between(40, 70)), paragraph(between(40, 70)), paragraph(between(20, 40))];
    const published = firstDay.plus({ days: Math.floor((index / sourceCount) * dayCount) }).toISODate()!;
    return { id: `source-${String(index + 1).padStart(5, "0")}-${slug(word())}`, published, paragraphs };
  });
  for (const source of sources) {
    const front = [
      `title: ${quoted(capitalise(`${word()} ${word()} ${word()} ${word()} ${word()}`))}`,
      `publisher: ${quoted(pick(PUBLISHERS))}`,
      `published: "${source.published}"`,
      ...(random() < 0.8 ? [`url: "https://example.org/${source.id}"`] : []),
      `type: ${pick(SOURCE_TYPES)}`,
    ];
    await writeFile(path.join(dir, "sources", `${source.id}.md`), `---\n${front.join("\n")}\n---\n${source.paragraphs.join("\n\n")}\n`);
  }
  const quoteFrom = (source: (typeof sources)[number]) => {
    // NOTE: a quote stays inside one sentence (across a full stop it would not occur in the text) of two words or more (the least a quote may be).
    const words = pick(pick(source.paragraphs).split(". ").filter((sentence) => sentence.includes(" "))).replace(/\.$/, "").split(" ");
    const length = Math.min(words.length, between(4, 9));
    const start = between(0, words.length - length);
    return words.slice(start, start + length).join(" ");
  };

  const incidentIds: string[] = [];
  let citations = 0;
  for (let index = 0; index < notes; index++) {
    const kind = pick(KINDS);
    const place = pick(places);
    const day = firstDay.plus({ days: Math.floor((index / notes) * dayCount) });
    const precisionDraw = random();
    // Hours 06–22 only: Syria's clocks used to jump at midnight, and a skipped local time is refused.
    const time = `${String(between(6, 22)).padStart(2, "0")}:${String(between(0, 59)).padStart(2, "0")}:00`;
    const date = precisionDraw < 0.1 ? day.toISODate()! : `${day.toISODate()}T${time}`;
    const title = `${capitalise(kind)} near ${place.name}: ${word()} ${word()} ${word()} ${word()}`;
    const id = `${day.toISODate()}-${slug(`${kind} ${place.name}`)}-${index + 1}`;
    const cited = [...new Set(Array.from({ length: between(1, 3) }, () => pick(sources)))];
    citations += cited.length;
    const front = [
      `title: ${quoted(title)}`,
      `date: "${date}"`,
      ...(random() < 0.05 ? ["timezone: Asia/Baghdad"] : []),
      ...(precisionDraw < 0.1 ? [] : precisionDraw < 0.3 ? ["precision: approximate"] : []),
      `kind: ${kind}`,
      `place: ${place.id}`,
      `summary: ${quoted(sentence(between(12, 22)))}`,
      "sources:",
      ...cited.flatMap((source) => [`  - source: ${source.id}`, ...(random() < 0.7 ? [`    quote: ${quoted(quoteFrom(source))}`] : [])]),
    ];
    if (cited.length > 1 && random() < 0.3) {
      front.push("claims:", "  rockets:", ...cited.slice(0, 2).map((source) => `    - { value: ${between(2, 12)}, source: ${source.id} }`));
    }
    if (index > 0 && random() < 0.15) front.push("related:", `  - { incident: ${incidentIds[index - 1]}, relation: ${pick(RELATIONS)} }`);
    if (random() < 0.5) front.push(`actors: [${[...new Set([pick(ACTORS), pick(ACTORS)])].map(quoted).join(", ")}]`);
    if (random() < 0.6) front.push(`tags: [${[...new Set([pick(TAGS), pick(TAGS)])].map(quoted).join(", ")}]`);
    if (kind !== "statement" && random() < 0.3) front.push("casualties:", `  killed: ${between(0, 9)}`, `  wounded: ${between(0, 20)}`);
    const body = [paragraph(between(70, 90)), paragraph(between(70, 90)), paragraph(between(60, 80)), paragraph(between(40, 60))];
    await writeFile(path.join(dir, "incidents", `${id}.md`), `---\n${front.join("\n")}\n---\n${body.join("\n\n")}\n`);
    incidentIds.push(id);
  }
  return { dir, incidentIds, sources: sources.length, places: places.length, citations };
}

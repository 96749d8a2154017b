/**
 * Loads and validates a whole content folder: every note is parsed and checked against the schema,
 * then against the others (places, sources, quotes, relations), and every problem is returned at once.
 */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import type { z } from "zod";
import { displayPath, listContentFiles } from "./content-files.ts";
import { checkDateSpan, DEFAULT_YEARS } from "./date-bounds.ts";
import { bodyProblems } from "./note-body.ts";
import { placeholderLine } from "./placeholder.ts";
import { readClaim } from "./read-claim.ts";
import type { Claim, Content, Incident, IncidentUpdate, Place, QuoteCheckedAgainst, Source } from "./content.ts";
import { directionOf } from "./text-direction.ts";
import { incidentDay } from "./incident-day.ts";
import { checkLocalTimeExists, parseNoteDate } from "./note-date.ts";
import type { Problem } from "./problems.ts";
import { findQuote, quotableText, quoteTooShort, type QuotableText } from "./quote-match.ts";
import { bodyFirstLine, decodeText, locateField, parseYaml, readNoteFile, YamlRefusedError, type NoteFile, type ReadResult } from "./read-note-file.ts";
import { citationSchema, claimSchema, incidentSchema, ID_PATTERN, mediaSchema, placesSchema, relationSchema, siteSchema, sourceSchema, type ClaimFields, type SiteSettings } from "./schema.ts";
import { mediaReferenceProblems, readMediaFolder, type MediaEntry } from "./media-files.ts";
import { fieldPath, problemsFromIssues } from "./schema-problems.ts";
import { didYouMean } from "./suggest.ts";

export { displayPath };

export interface LoadResult {
  content: Content;
  problems: Problem[];
  /** What is worth a look but builds as written (e.g. a date decades from every other note). */
  warnings: Problem[];
}

/**
 * What a long-running process (the dev server) keeps between loads: each note as read and checked
 * against the schema, by absolute path. A load with a cache reads only the files it does not hold;
 * the checks across notes run again. NOTE: whoever keeps the cache deletes a file's entry when the
 * file changes (the dev server does, from its watch queue).
 */
export type NoteCache = Map<string, NoteCacheEntry>;

interface NoteCacheEntry {
  read: ReadResult;
  checked?: { success: boolean; data?: unknown; error?: { issues: z.core.$ZodIssue[] } };
  body?: Problem[];
  /** The source this note gave, and the site language it was read with (a source without its own language takes the site's). */
  source?: { siteLanguage: string; source: Source };
  /** The incident this note gave, when it had no problem, and what else it was checked against (`LoadContext`). */
  incident?: { context: LoadContext; incident: Incident };
}

/**
 * What a note's checks read besides the note: the site's zone, the places, the sources, the images
 * and the other incidents' ids. One object per state of those, kept by the cache, so that a note
 * whose file and context are unchanged gives the same Incident object as the load before (compared
 * by identity: the site data and the page fingerprints keep their work by it).
 */
type LoadContext = { readonly key: string };
const loadContexts = new WeakMap<NoteCache, { context: LoadContext; sources: readonly NoteFile[]; generation: number }>();

function loadContext(cache: NoteCache | undefined, sources: readonly NoteFile[], parts: unknown[]): LoadContext | undefined {
  if (!cache) return undefined;
  const last = loadContexts.get(cache);
  // A source's note object is the same while its file is unchanged (the cache): compared one by one, not by text.
  const sameSources = last !== undefined && last.sources.length === sources.length && last.sources.every((note, index) => note === sources[index]);
  const generation = sameSources ? last.generation : (last?.generation ?? 0) + 1;
  const key = JSON.stringify([generation, ...parts]);
  const context = last?.context.key === key ? last.context : { key };
  loadContexts.set(cache, { context, sources, generation });
  return context;
}

let handedOver: { dir: string; cache: NoteCache } | undefined;

/**
 * The production build checks a folder before Eleventy starts, then Eleventy loads it again at once:
 * the check hands its reads over, so the second load reads no file twice.
 */
export function handOverNotes(contentDir: string, cache: NoteCache): void {
  handedOver = { dir: path.resolve(contentDir), cache };
}

/** The notes handed over for this folder, once; undefined for any other folder or a second ask. */
export function takeHandedOverNotes(contentDir: string): NoteCache | undefined {
  const taken = handedOver?.dir === path.resolve(contentDir) ? handedOver.cache : undefined;
  handedOver = undefined;
  return taken;
}

/** Files read at once: enough to keep the disk's queue full, few enough to stay far from the open-file limit. */
const PARALLEL_READS = 32;

/** `work` over every item, `limit` at a time; results in the items' order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Each note file with its entry: from the cache where it holds one, else read afresh (and cached). */
async function readNoteEntries(files: readonly string[], cache: NoteCache | undefined): Promise<Map<string, NonNullable<ReturnType<NoteCache["get"]>>>> {
  const entries = await mapLimited(files, PARALLEL_READS, async (absolute) => {
    const key = path.resolve(absolute);
    let entry = cache?.get(key);
    if (!entry) {
      entry = { read: await readNoteFile(absolute, displayPath(absolute)) };
      cache?.set(key, entry);
    }
    return [key, entry] as const;
  });
  return new Map(entries);
}

async function readYamlFile<T>(file: string, schema: z.ZodType<T>, problems: Problem[], refused: Set<string>): Promise<T | undefined> {
  const shown = displayPath(file);
  // A link or a folder in its place has been reported already (content-files.ts).
  if (refused.has(file)) return undefined;
  if (!existsSync(file)) {
    problems.push({ file: shown, field: "", message: "is missing; expected this file in the content folder" });
    return undefined;
  }
  const text = decodeText(await readFile(file));
  if (text === undefined) {
    problems.push({ file: shown, field: "", message: "the file is not valid UTF-8 text; expected UTF-8 (re-save it as UTF-8)" });
    return undefined;
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    const { reason, mark } = error as { reason: string; mark: { line: number; column: number } };
    problems.push({ file: shown, line: mark.line + 1, column: mark.column + 1, field: "", message: error instanceof YamlRefusedError ? reason : `not valid YAML: ${reason}` });
    return undefined;
  }
  const result = schema.safeParse(data ?? {}, { reportInput: true });
  if (!result.success) {
    // Line numbers count from 1 with no fence in a YAML file: prepend a dummy fence line.
    const lines = text.split("\n");
    problems.push(...problemsFromIssues(result.error.issues, schema, shown, lines).map((p) => ({ ...p, line: p.line ? p.line - 1 : p.line })));
    return undefined;
  }
  return result.data;
}

interface ParsedNote<T> {
  id: string;
  file: string;
  note: NoteFile;
  fields: T;
  /** Its entry in the cache, when the load has one. */
  cached?: NoteCacheEntry;
}

interface ReadNotes<T> {
  notes: ParsedNote<T>[];
  /** Notes read but failing the schema: what can still be checked of them is (one pass reports everything). */
  invalid: ParsedNote<Record<string, unknown>>[];
  /** Every usable id found, including notes that did not validate (their own problems say why). */
  ids: Set<string>;
}

async function readNotes<T>(files: readonly string[], schema: z.ZodType<T>, kind: string, problems: Problem[], cache?: NoteCache): Promise<ReadNotes<T>> {
  const notes: ParsedNote<T>[] = [];
  const invalid: ParsedNote<Record<string, unknown>>[] = [];
  const seen = new Map<string, string>();
  const entries = await readNoteEntries(files, cache);
  for (const absolute of files) {
    const file = displayPath(absolute);
    const id = path.basename(absolute, ".md");
    if (!ID_PATTERN.test(id)) {
      problems.push({ file, field: "", message: `the file name "${id}" is not a usable ${kind} id; expected lowercase letters, digits and single hyphens, e.g. 2023-03-24-rocket-attack.md` });
      continue;
    }
    const earlier = seen.get(id);
    if (earlier) {
      problems.push({ file, field: "", message: `duplicate ${kind} id "${id}": ${earlier} has the same file name; expected each id once` });
      continue;
    }
    seen.set(id, file);
    const cached = entries.get(path.resolve(absolute))!;
    const { read } = cached;
    if (!read.ok) {
      problems.push(read.problem);
      continue;
    }
    cached.checked ??= schema.safeParse(read.note.data, { reportInput: true });
    const result = cached.checked as ReturnType<typeof schema.safeParse>;
    if (!result.success) problems.push(...problemsFromIssues(result.error.issues, schema, file, read.note.frontMatterLines));
    // The text is checked whatever the front matter's state, so that one pass reports both.
    cached.body ??= bodyProblems(read.note, file);
    problems.push(...cached.body);
    if (!result.success) {
      invalid.push({ id, file, note: read.note, fields: read.note.data });
      continue;
    }
    notes.push({ id, file, note: read.note, fields: result.data, cached: cache ? cached : undefined });
  }
  return { notes, invalid, ids: new Set(seen.keys()) };
}

// A note's date as read in its zone, once per date, zone and precision rather than at every load (the dev server loads often).
const readDates = new Map<string, { hasTime: boolean; instant: string; day: string; missingTime?: string }>();
function readDate(date: string, zone: string, precisionField: string | undefined, displayZone: string) {
  const key = `${date}|${zone}|${precisionField}|${displayZone}`;
  let read = readDates.get(key);
  if (!read) {
    if (readDates.size > 100_000) readDates.clear();
    const parsed = parseNoteDate(date, zone);
    const precision = (precisionField ?? (parsed.hasTime ? "exact" : "day")) as Incident["precision"];
    read = { hasTime: parsed.hasTime, instant: parsed.instant.toISO()!, day: incidentDay(parsed, precision, displayZone), missingTime: checkLocalTimeExists(date, zone) };
    readDates.set(key, read);
  }
  return read;
}

// A source's text prepared for quotes, once per text rather than once per quote that cites it.
const quotableTexts = new Map<string, QuotableText>();
function quotable(text: string): QuotableText {
  let prepared = quotableTexts.get(text);
  if (prepared === undefined) {
    if (quotableTexts.size > 20_000) quotableTexts.clear();
    prepared = quotableText(text);
    quotableTexts.set(text, prepared);
  }
  return prepared;
}

/**
 * Checks one reference to a source (and its quote), pushing a located problem when it fails; says what
 * the quote was found in: the source's text, else its translation.
 */
function checkSourceReference(
  note: ParsedNote<unknown>,
  fieldPathParts: (string | number)[],
  sourceId: string,
  quote: string | undefined,
  sources: Map<string, Source>,
  sourceIds: ReadonlySet<string>,
  problems: Problem[],
): QuoteCheckedAgainst | undefined {
  const source = sources.get(sourceId);
  const at = (parts: (string | number)[]) => ({ file: note.file, ...locateField(note.note.frontMatterLines, parts), field: fieldPath(parts) });
  // NOTE: a source that exists but did not validate has its own problem; citing it is not a second one.
  if (!source && sourceIds.has(sourceId)) return;
  if (!source) {
    problems.push({ ...at([...fieldPathParts, "source"]), message: `found "${sourceId}"; expected the id of a source in sources/${didYouMean(sourceId, [...sources.keys()])}` });
    return;
  }
  if (quote === undefined) return;
  const tooShort = quoteTooShort(quote);
  if (tooShort) {
    problems.push({ ...at([...fieldPathParts, "quote"]), message: `found "${quote}"; ${tooShort}` });
    return;
  }
  const found = findQuote(quotable(source.text), quote);
  if (found === "found") return "text";
  const inTranslation = source.translation === undefined ? "absent" : findQuote(quotable(source.translation), quote);
  if (inTranslation === "found") return "translation";
  const where = source.translation === undefined ? "the source text" : "the source text or its translation";
  if (found === "absent" && inTranslation === "absent") {
    problems.push({ ...at([...fieldPathParts, "quote"]), message: `found a quote that is not in ${source.file}; expected words that occur in ${where} (compared ignoring spacing and quote-mark style)` });
  } else {
    problems.push({ ...at([...fieldPathParts, "quote"]), message: `found a quote that occurs in ${source.file} only inside words; expected a quote that starts and ends on word boundaries (whole words)` });
  }
  return undefined;
}

export async function loadContent(contentDir: string, options: { cache?: NoteCache } = {}): Promise<LoadResult> {
  const { cache } = options;
  const { notes: noteFiles, refused, problems } = await listContentFiles(contentDir);
  const fallbackSite: SiteSettings = { title: "Incidents", description: "", timezone: "UTC", language: "en" };
  const site = (await readYamlFile(path.join(contentDir, "site.yaml"), siteSchema, problems, refused)) ?? fallbackSite;
  const placeFields = await readYamlFile(path.join(contentDir, "places.yaml"), placesSchema, problems, refused);
  // No prototype: a place id such as "constructor" must find a place of that name or nothing, never Object's own.
  const places: Record<string, Place> = Object.assign(Object.create(null) as Record<string, Place>, Object.fromEntries(Object.entries(placeFields ?? {}).map(([id, fields]) => [id, { id, ...fields }])));

  const { media, refused: refusedMedia, problems: mediaProblems } = await readMediaFolder(contentDir);
  problems.push(...mediaProblems);
  const { notes: sourceNotes, ids: sourceIds } = await readNotes(noteFiles.sources, sourceSchema, "source", problems, cache);
  const sources = new Map<string, Source>(
    sourceNotes.map(({ id, file, note, fields, cached }) => {
      // An unchanged source note gives the same object as the load before (compared by identity downstream, as incidents are).
      if (cached?.source?.siteLanguage === site.language) return [id, cached.source.source];
      const language = fields.language ?? site.language;
      const source: Source = { id, file, text: note.body, ...fields, language, dir: directionOf(language) };
      if (cached) cached.source = { siteLanguage: site.language, source };
      return [id, source];
    }),
  );

  const { notes: incidentNotes, invalid: invalidIncidents, ids: incidentIdSet } = await readNotes(noteFiles.incidents, incidentSchema, "incident", problems, cache);
  const incidentIds = [...incidentIdSet];
  const incidents: Incident[] = [];
  const dateNotes = new Map<string, ParsedNote<unknown>>();
  const locate = (note: ParsedNote<unknown>, parts: (string | number)[]) => ({ file: note.file, ...locateField(note.note.frontMatterLines, parts), field: fieldPath(parts) });
  /** Checks what a note refers to (place, sources and quotes, claims, relations); `fields` may be partial, for a note failing the schema. */
  const checkReferences = (note: ParsedNote<unknown>, fields: ReferenceFields): { claims: Claim[]; checked: (QuoteCheckedAgainst | undefined)[] } => {
    const at = (parts: (string | number)[]) => locate(note, parts);
    // NOTE: when places.yaml itself is broken, its problems are reported and no place can be checked.
    if (fields.place !== undefined && placeFields && !Object.hasOwn(places, fields.place)) {
      problems.push({ ...at(["place"]), message: `found "${fields.place}"; expected a place id from places.yaml${didYouMean(fields.place, Object.keys(places))}` });
    }
    const checked = fields.sources.map((citation, index) => citation && checkSourceReference(note, ["sources", index], citation.source, citation.quote, sources, sourceIds, problems));
    const claims: Claim[] = [];
    for (const [what, entries] of Object.entries(fields.claims)) {
      const entriesChecked = entries.map((entry, index) => {
        if (!entry) return undefined;
        const against = checkSourceReference(note, ["claims", what, index], entry.source, entry.quote, sources, sourceIds, problems);
        if (!fields.cited.has(entry.source) && (sources.has(entry.source) || sourceIds.has(entry.source))) {
          problems.push({ ...at(["claims", what, index, "source"]), message: `found "${entry.source}", which the note's sources do not list; expected a source of this note (add "- source: ${entry.source}" to sources:)${didYouMean(entry.source, [...fields.cited])}` });
        }
        return against;
      });
      // The entries are compared only when all of them are readable; the schema has named the others.
      const readable = entries.filter((entry): entry is ClaimFields => entry !== undefined);
      if (readable.length === entries.length) {
        const claim = readClaim(what, readable, fields.zone, site.timezone, (index, field, message) => problems.push({ ...at(["claims", what, index, field]), message }));
        // readClaim keeps the entries' order unless it refused one (then the note fails and nothing is shown).
        if (claim.entries.length === entries.length) claim.entries.forEach((entry, index) => entriesChecked[index] && (entry.checkedAgainst = entriesChecked[index]));
        claims.push(claim);
      }
    }
    mediaReferenceProblems(fields.media, media, refusedMedia, (id) => sources.has(id) || sourceIds.has(id), (parts, message) => problems.push({ ...at(parts), message }));
    const relations = new Map<string, number>();
    fields.related.forEach((link, index) => {
      if (!link) return;
      const key = `${link.incident} ${link.relation}`;
      const first = relations.get(key);
      if (first !== undefined) {
        problems.push({ ...at(["related", index]), message: `found the relation of related[${first}] again (${link.relation} ${link.incident}); expected each relation once: remove this one` });
        return;
      }
      relations.set(key, index);
      if (link.incident === note.id) {
        problems.push({ ...at(["related", index, "incident"]), message: `found "${link.incident}", this note itself; expected another incident` });
      } else if (!incidentIdSet.has(link.incident)) {
        problems.push({ ...at(["related", index, "incident"]), message: `found "${link.incident}"; expected the id of an incident in incidents/${didYouMean(link.incident, incidentIds.filter((id) => id !== note.id))}` });
      }
    });
    return { claims, checked };
  };
  for (const note of invalidIncidents) checkReferences(note, referenceFieldsOf(note.fields, site.timezone));
  const context = loadContext(
    cache,
    sourceNotes.map(({ note }) => note),
    [site, placeFields ? Object.keys(places) : null, [...media.values()], [...refusedMedia], incidentIds],
  );
  for (const note of incidentNotes) {
    dateNotes.set(note.id, note);
    const remembered = note.cached?.incident;
    if (remembered && remembered.context === context) {
      incidents.push(remembered.incident);
      continue;
    }
    const problemsBefore = problems.length;
    const { fields } = note;
    const at = (parts: (string | number)[]) => locate(note, parts);
    const zone = fields.timezone ?? site.timezone;
    const { claims, checked } = checkReferences(note, {
      place: fields.place,
      sources: fields.sources,
      cited: new Set(fields.sources.map((citation) => citation.source)),
      claims: fields.claims ?? {},
      related: fields.related ?? [],
      media: fields.media ?? [],
      zone,
    });

    const placeholder = fields.draft ? -1 : placeholderLine(note.note.body);
    if (placeholder >= 0) {
      problems.push({
        file: note.file,
        line: bodyFirstLine(note.note) + placeholder,
        column: 1,
        field: "text",
        message: "found the placeholder that npm run new writes (\"Replace this paragraph with what happened…\"); expected the account of what happened, or draft: true to keep the note out of the build",
      });
    }
    const { hasTime, instant, day, missingTime } = readDate(fields.date, zone, fields.precision, site.timezone);
    const precision = fields.precision ?? (hasTime ? "exact" : "day");
    if (missingTime) problems.push({ ...at(["date"]), message: `found "${fields.date}"; ${missingTime}` });
    if (!hasTime && precision !== "day") {
      problems.push({ ...at(["precision"]), message: `found "${precision}" for a date with no time; expected day, or give the time in date` });
    }
    const incident: Incident = {
      id: note.id,
      file: note.file,
      title: fields.title,
      summary: fields.summary,
      kind: fields.kind,
      place: fields.place,
      date: fields.date,
      zone,
      precision,
      instant,
      day,
      sources: fields.sources.map((citation, index) => (checked[index] ? { ...citation, checkedAgainst: checked[index] } : citation)),
      claims,
      disputed: claims.some((claim) => claim.disputed),
      related: fields.related ?? [],
      actors: fields.actors ?? [],
      tags: fields.tags ?? [],
      casualties: fields.casualties,
      confidence: fields.confidence,
      updates: newestFirst(fields.updates ?? []),
      images: (fields.media ?? []).flatMap((entry) => {
        const file = media.get(entry.file);
        return file ? [{ ...entry, image: file }] : [];
      }),
      externalId: fields.external_id,
      draft: fields.draft ?? false,
      body: note.note.body,
    };
    incidents.push(incident);
    if (note.cached && context && problems.length === problemsBefore) note.cached.incident = { context, incident };
  }
  const dateFields = { get: (id: string) => locate(dateNotes.get(id)!, ["date"]) };
  inFileOrder(problems, noteFiles.incidents.map(displayPath));
  const warnings = checkDateSpan(site.years ?? DEFAULT_YEARS, incidents, dateFields, sourceNotes.map((note) => ({ note, day: note.fields.published, where: locate(note, ["published"]) })), problems);
  // Links rot and posts are deleted: a source read online should keep a copy, but a missing one does not stop the build.
  // NOTE: only on a folder without problems, so that a failing check lists what must be fixed, not a copy per source.
  for (const note of problems.length === 0 ? sourceNotes : []) {
    if (note.fields.url !== undefined && note.fields.archived === undefined) {
      warnings.push({ ...locate(note, ["url"]), message: "has a url and no archived copy; add archived: with its address in the Wayback Machine (web.archive.org), archive.today or Perma.cc, so the source can be read if the original goes" });
    }
  }
  return { content: { site, places, sources: [...sources.values()], incidents }, problems, warnings };
}

/** Updates newest first; those of one day keep the note's order. */
function newestFirst(updates: readonly { date: string; note: string; type?: IncidentUpdate["type"] }[]): IncidentUpdate[] {
  return updates.map((update) => ({ date: update.date, note: update.note, type: update.type ?? "update" })).sort((a, b) => b.date.localeCompare(a.date));
}

/** What `checkReferences` reads of a note; an element the schema refused is undefined, keeping the others' indexes. */
interface ReferenceFields {
  place?: string;
  sources: (z.infer<typeof citationSchema> | undefined)[];
  /** Every source id the note lists, as written, even in an entry the schema refused. */
  cited: ReadonlySet<string>;
  claims: Record<string, (ClaimFields | undefined)[]>;
  related: (z.infer<typeof relationSchema> | undefined)[];
  media: (MediaEntry | undefined)[];
  zone: string;
}

/** The parts of a note that failed the schema that still pass it on their own, for the reference checks. */
function referenceFieldsOf(raw: Record<string, unknown>, siteZone: string): ReferenceFields {
  const each = <T>(value: unknown, schema: z.ZodType<T>): (T | undefined)[] => (Array.isArray(value) ? value.map((item) => schema.safeParse(item).data) : []);
  const place = incidentSchema.shape.place.safeParse(raw.place).data;
  const zone = incidentSchema.shape.timezone.safeParse(raw.timezone).data ?? siteZone;
  const claims: ReferenceFields["claims"] = {};
  if (raw.claims && typeof raw.claims === "object" && !Array.isArray(raw.claims)) {
    for (const [what, entries] of Object.entries(raw.claims)) if (ID_PATTERN.test(what) && Array.isArray(entries)) claims[what] = each(entries, claimSchema);
  }
  const written = Array.isArray(raw.sources) ? raw.sources.map((item) => (item as { source?: unknown } | null)?.source).filter((id): id is string => typeof id === "string") : [];
  return { place, sources: each(raw.sources, citationSchema), cited: new Set(written), claims, related: each(raw.related, relationSchema), media: each(raw.media, mediaSchema), zone };
}

/**
 * Puts the problems of the given files in the files' order, each file's own in the order found,
 * leaving every other problem where it is: a note's schema and reference problems, found in two
 * passes, read together.
 */
function inFileOrder(problems: Problem[], files: readonly string[]): void {
  const order = new Map(files.map((file, index) => [file, index]));
  const slots = problems.flatMap((problem, index) => (order.has(problem.file) ? [index] : []));
  const sorted = slots.map((index) => problems[index]).sort((a, b) => order.get(a.file)! - order.get(b.file)!);
  slots.forEach((slot, index) => (problems[slot] = sorted[index]));
}

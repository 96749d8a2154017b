/**
 * The one schema of the content folder. Each field's `.describe()` text is the user documentation:
 * it feeds the JSON Schema for editors. The field tables of docs/content-contract.md are written by
 * hand from it; tests/docs/the-readme-and-docs-examples-run.test.ts checks that they list every
 * field of the incident and source schemas, and mark as required exactly the required ones.
 */
import { IANAZone } from "luxon";
import { z } from "zod";
import { checkNoteDate } from "./note-date.ts";
import { PEOPLE_COUNTS } from "./claim-agreement.ts";
import { findUnsafeCharacter, isInvisible, unsafeCharacterMessage } from "./text-safety.ts";

// NOTE: ids become URL segments and file names, so they are kept to a URL-safe alphabet.
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idText = "lowercase letters, digits and single hyphens";

export const KINDS = ["attack", "strike", "statement", "assessment"] as const;
export const PRECISIONS = ["exact", "approximate", "day"] as const;
export const PLACE_PRECISIONS = ["exact", "approximate", "region"] as const;
export const SOURCE_TYPES = ["report", "official", "monitor"] as const;
export const RELATIONS = ["responds-to", "follows", "see-also"] as const;
/** Analytic confidence, in the words of the US ICD 203 and the UK PHIA yardsticks (explained on /about/). */
export const CONFIDENCE_LEVELS = ["high", "moderate", "low"] as const;
export const UPDATE_TYPES = ["correction", "update"] as const;

// Every text field: not empty, not only invisible characters, and free of characters that break tools or spoof what is shown (text-safety.ts).
const text = z
  .string()
  .trim()
  .min(1)
  .superRefine((value, ctx) => {
    if (value === "") return; // min(1) has said it
    const unsafe = findUnsafeCharacter(value);
    if (unsafe) ctx.addIssue({ code: "custom", message: unsafeCharacterMessage(unsafe) });
    else if (isInvisible(value)) ctx.addIssue({ code: "custom", message: "expected visible text; found only invisible characters (zero-width spaces, joiners or the like)" });
  });
const languageTag = text.refine(
  (tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  },
  { message: "expected a BCP 47 language tag such as en, ar or en-GB" },
);
const webAddress = () => z.url({ protocol: /^https?$/, message: "expected an http:// or https:// address" });
const timezone = z
  .string()
  .refine((zone) => IANAZone.isValidZone(zone), { message: "expected an IANA time zone such as Asia/Damascus or America/New_York" });
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected a day written YYYY-MM-DD" })
  .refine((day) => checkNoteDate(day) === undefined, { message: "expected a real calendar day" });

export const siteSchema = z.strictObject({
  title: text.describe("The site's name, shown in the header of every page."),
  description: text.describe("One sentence on what the site covers."),
  timezone: timezone.describe("The display zone (IANA): timeline days are grouped in it and notes default to it."),
  language: languageTag.default("en").describe("The language of the pages, as a BCP 47 tag (e.g. en)."),
  years: z
    .strictObject({
      from: z.number().int().min(1).max(9999).describe("The earliest year a note may be dated."),
      to: z.number().int().min(1).max(9999).describe("The latest year a note may be dated."),
    })
    .refine((span) => span.from <= span.to, { message: "expected from to be no later than to" })
    .optional()
    .describe("The years notes may be dated in; default 1900 to 2100. A date outside is refused, with the likely year as a hint."),
});

export const placeAliasSchema = z.union([
  text,
  z.strictObject({
    name: text.describe("The other name, as written in its own script."),
    language: languageTag.describe("Its language, as a BCP 47 tag (e.g. ar): the page marks it with lang and dir."),
  }),
]);

export const placeSchema = z.strictObject({
  name: text.describe("The place's name as readers know it."),
  aliases: z
    .array(placeAliasSchema)
    .optional()
    .describe("Other spellings and names of the place (Dayr az-Zawr, or {name: دير الزور, language: ar}): shown on its page and indexed with its incidents, so a search for any spelling finds them."),
  lat: z.number().min(-90).max(90).describe("Latitude in decimal degrees."),
  lon: z.number().min(-180).max(180).describe("Longitude in decimal degrees."),
  precision: z.enum(PLACE_PRECISIONS).describe("How well the coordinates are known: exact, approximate or region."),
  country: text.describe("The country the place is in."),
});
export const placesSchema = z.record(z.string().regex(ID_PATTERN, { message: `expected a place id of ${idText}` }), placeSchema);

export const sourceSchema = z.strictObject({
  title: text.describe("The source's headline or name."),
  publisher: text.describe("The outlet or office that published it."),
  published: isoDay.describe("Publication day, YYYY-MM-DD."),
  url: webAddress().optional().describe("Where the original can be read (http or https only)."),
  archived: webAddress()
    .optional()
    .describe("An archived copy of the original (Wayback Machine, archive.today, Perma.cc; http or https only), linked beside it. npm run check warns about a source with a url and no archived copy."),
  type: z.enum(SOURCE_TYPES).describe("report (news outlet), official (government or military) or monitor (monitoring group)."),
  language: languageTag.optional().describe("The language of the text, as a BCP 47 tag (e.g. ar); default: site.yaml's language. The text and its quotes are marked with it (lang, and dir: rtl for Arabic, Persian, Hebrew, Urdu …)."),
  translation: text.optional().describe("A rendering of the text in the site's language, shown beside the original and marked as a translation; a quote may be checked against either."),
});

const sourceRef = z.string().regex(ID_PATTERN, { message: `expected a source id of ${idText}` });

export const citationSchema = z.strictObject({
  source: sourceRef.describe("The id of a note in sources/ (its file name without .md)."),
  quote: text.optional().describe("A passage that must occur in that source's text."),
});

const claimNumber = z.number().min(0, { message: "expected a number of at least 0 (a figure is never negative)" });

export const claimRangeSchema = z
  .strictObject({
    min: claimNumber.optional().describe("The lowest figure the source allows (\"at least three\" is min: 3)."),
    max: claimNumber.optional().describe("The highest figure the source allows (\"up to ten\" is max: 10)."),
  })
  .superRefine((range, ctx) => {
    if (range.min === undefined && range.max === undefined) ctx.addIssue({ code: "custom", message: "expected min, max or both in a range" });
    else if (range.min !== undefined && range.max !== undefined && range.min > range.max) {
      ctx.addIssue({ code: "custom", path: ["max"], input: range.max, message: `expected a max of at least min (${range.min}): a range runs from min up to max` });
    }
  });

export const claimSchema = z
  .strictObject({
    source: sourceRef.describe("The id of the source that says it; it must also be listed in the note's sources."),
    value: z
      .union([claimNumber, claimRangeSchema, text])
      .optional()
      .describe(
        `What the source says: a figure (6, never negative), a range ({min: 3} for 'at least three', {min: 3, max: 5}; figures and ranges agree when they overlap) or a fact in words ("Iranian proxy forces"; words agree when equal after trimming, case-folding and collapsing spaces). Figures are whole numbers where the claim counts people: its name, or the last hyphenated word of it, is one of ${PEOPLE_COUNTS.join(", ")}. Give value or at, not both; all entries of one claim are of one type (figures and ranges mix). See docs/claims.md.`,
      ),
    at: z
      .string()
      .superRefine((date, ctx) => {
        const problem = checkNoteDate(date);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      })
      .optional()
      .describe("When the source says it happened, in the note's date forms: 2023-03-24T11:00 (local), an instant with an offset, or 2023-03-23 (a day). It stands for a span (exact: the minute; approximate: an hour either side; day: the whole day in its zone); two times agree when their spans overlap."),
    timezone: timezone.optional().describe("IANA zone the claim's at is read and shown in; default: the note's zone."),
    precision: z.enum(PRECISIONS).optional().describe("How exact the claim's at is: exact, approximate or day (as for a note)."),
    as: text.optional().describe("The source's own wording of the value, shown on the page (e.g. 'six other Americans')."),
    quote: text.optional().describe("A passage of the source that says it, checked against the source's text: whole words (on word boundaries), at least two words or four letters."),
  })
  .superRefine((claim, ctx) => {
    if (claim.value === undefined && claim.at === undefined) ctx.addIssue({ code: "custom", path: ["value"], input: undefined, message: "expected value (a figure, a range or a fact in words) or at (a time)" });
    if (claim.value !== undefined && claim.at !== undefined) ctx.addIssue({ code: "custom", path: ["at"], input: claim.at, message: "expected value or at, not both: a claim says one thing" });
    if (claim.at === undefined && (claim.timezone !== undefined || claim.precision !== undefined)) {
      const key = claim.timezone !== undefined ? "timezone" : "precision";
      ctx.addIssue({ code: "custom", path: [key], input: claim[key], message: "expected only with at: it says how to read a time" });
    }
  });

export const relationSchema = z.strictObject({
  incident: z.string().regex(ID_PATTERN, { message: `expected an incident id of ${idText}` }).describe("The id of another incident."),
  relation: z.enum(RELATIONS).describe("responds-to, follows or see-also; the other page shows the inverse."),
});

// A path inside media/: plain names only, so it can never climb out of the folder ("..") or be an address.
const MEDIA_PATH = /^media\/(?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\.(?:png|jpe?g|webp|svg)$/i;
/** At most this many images per note: a gallery belongs elsewhere. */
export const MAX_MEDIA_PER_NOTE = 12;

export const mediaSchema = z.strictObject({
  file: z
    .string()
    .regex(MEDIA_PATH, { message: "expected a file inside media/ of the content folder, such as media/satellite-2023-03-24.png (PNG, JPEG, WebP or SVG)" })
    .describe("The image, in the content folder's media/ (PNG, JPEG, WebP or SVG)."),
  alt: text.describe("What the image shows, for readers who cannot see it."),
  credit: text.describe("Who made it: photographer, agency, satellite operator."),
  caption: text.optional().describe("A line shown under the image."),
  source: sourceRef.optional().describe("The source note the image comes from."),
});

export const incidentSchema = z.strictObject({
  title: text.describe("What happened, in a headline."),
  date: z
    .string()
    .superRefine((date, ctx) => {
      const problem = checkNoteDate(date);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    })
    .describe(
      "When: 2023-03-23T13:38 (local time in the note's zone), 2023-03-23T13:38:00+03:00 or …Z (an instant), or 2023-03-23 (a day, time not known).",
    ),
  timezone: timezone.optional().describe("IANA zone the date is read and shown in; default: site.yaml's timezone."),
  precision: z
    .enum(PRECISIONS)
    .optional()
    .describe("exact, approximate (shown as 'about 08:05') or day (time not reported). Default: exact with a time, day without."),
  kind: z.enum(KINDS).describe("attack, strike, statement or assessment."),
  place: z.string().regex(ID_PATTERN, { message: `expected a place id of ${idText}` }).describe("An id from places.yaml."),
  sources: z.array(citationSchema).min(1, { message: "expected at least one source" }).describe("The sources this note relies on."),
  claims: z
    .record(z.string().regex(ID_PATTERN, { message: `expected a claim name of ${idText}` }), z.array(claimSchema).min(1))
    .optional()
    .describe(
      "What each source says of a figure, a fact or a time, e.g. rockets: [{value: 7, source: a}, {value: 10, source: b}]. Agreement is computed from the values (see docs/claims.md): figures and ranges agree when they overlap, times when their spans overlap, words when equal ignoring case and spacing.",
    ),
  related: z.array(relationSchema).optional().describe("Links to other incidents."),
  actors: z.array(text).optional().describe("Who acted or spoke."),
  tags: z.array(text).optional().describe("Free keywords."),
  summary: text.optional().describe("One line shown in listings."),
  casualties: z
    .strictObject({
      killed: z.number().int().nonnegative().optional().describe("People killed."),
      wounded: z.number().int().nonnegative().optional().describe("People wounded."),
    })
    .optional()
    .describe("Figures the sources agree on; use claims where they differ."),
  media: z.array(mediaSchema).max(MAX_MEDIA_PER_NOTE).optional().describe("Images of the incident, each with its alt text and credit: [{file: media/x.png, alt, credit, caption, source}]."),
  confidence: z
    .enum(CONFIDENCE_LEVELS)
    .optional()
    .describe("How sure the record is of what happened: high, moderate or low (the analytic confidence of the US ICD 203 and UK PHIA yardsticks, explained on /about/)."),
  updates: z
    .array(
      z.strictObject({
        date: isoDay.describe("The day the record changed, YYYY-MM-DD."),
        note: text.describe("What changed and why, in a sentence."),
        type: z.enum(UPDATE_TYPES).optional().describe("correction (something the record said was wrong: shown 'Corrected …') or update (something new: 'Updated …'); default update."),
      }),
    )
    .optional()
    .describe("The record's corrections and updates: [{date: 2023-03-27, note: …, type: correction}]; shown newest first on the page and on /changes/."),
  external_id: text
    .optional()
    .describe("The event's id in the dataset it came from, e.g. ACLED's event_id_cnty (npm run import-csv writes it, and skips a row whose id a note already has)."),
  draft: z.boolean().optional().describe("true keeps the note out of a production build."),
});

export type SiteSettings = z.infer<typeof siteSchema>;
export type PlaceFields = z.infer<typeof placeSchema>;
export type SourceFields = z.infer<typeof sourceSchema>;
export type ClaimFields = z.infer<typeof claimSchema>;
export type IncidentFields = z.infer<typeof incidentSchema>;
export type Kind = (typeof KINDS)[number];
export type Precision = (typeof PRECISIONS)[number];
export type Relation = (typeof RELATIONS)[number];
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];
export type PlaceAlias = z.infer<typeof placeAliasSchema>;

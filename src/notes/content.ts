/** The validated content folder, as pages and tools see it. Plain data only (no class instances), so Eleventy can clone it. */
import type { MediaEntry, MediaFile } from "./media-files.ts";
import type { ClaimValue } from "./claim-agreement.ts";
import type { Confidence, IncidentFields, Kind, PlaceFields, Precision, Relation, SiteSettings, SourceFields } from "./schema.ts";
import type { Direction } from "./text-direction.ts";

export interface Place extends PlaceFields {
  id: string;
}

export interface Source extends Omit<SourceFields, "language"> {
  id: string;
  /** The text's language: the note's, or the site's (BCP 47). */
  language: string;
  /** Which way the text runs, from its language (text-direction.ts). */
  dir: Direction;
  /** Path relative to the working directory. */
  file: string;
  /** The source text (Markdown body), verbatim. */
  text: string;
}

/** What a quote was found in: the source's own text or its translation (load-content.ts checks the text first). */
export type QuoteCheckedAgainst = "text" | "translation";

export interface Citation {
  source: string;
  quote?: string;
  checkedAgainst?: QuoteCheckedAgainst;
}

/** A change to an incident's record, as the note gives it. */
export interface IncidentUpdate {
  /** YYYY-MM-DD */
  date: string;
  note: string;
  type: "correction" | "update";
}

export interface ClaimEntry {
  /** What the source says, typed (see claim-agreement.ts). */
  value: ClaimValue;
  /** The value as a reader sees it: "6", "at least 3", the words, or the time in its own zone. */
  shown: string;
  /** For a time, the same time in the display zone. */
  shownInDisplayZone?: string;
  source: string;
  /** The source's own wording of the value. */
  as?: string;
  /** A passage of the source, checked against its text by the build. */
  quote?: string;
  checkedAgainst?: QuoteCheckedAgainst;
}

export interface Claim {
  /** The claim's name as written, e.g. `rockets`. */
  what: string;
  entries: ClaimEntry[];
  /** Some two of its entries disagree in substance (not merely in wording). */
  disputed: boolean;
}

export interface Incident {
  id: string;
  file: string;
  title: string;
  summary?: string;
  kind: Kind;
  place: string;
  /** The date as the author wrote it. */
  date: string;
  /** IANA zone the note is read and shown in. */
  zone: string;
  precision: Precision;
  /** ISO 8601 instant with the note zone's offset; for a day alone, the start of that day. */
  instant: string;
  /** The calendar day the incident belongs to, YYYY-MM-DD (see `incidentDay`). */
  day: string;
  sources: Citation[];
  claims: Claim[];
  disputed: boolean;
  related: { incident: string; relation: Relation }[];
  actors: string[];
  tags: string[];
  casualties?: IncidentFields["casualties"];
  confidence?: Confidence;
  /** Corrections and updates, newest first (the note's order among those of one day); the loader always sets it. */
  updates?: IncidentUpdate[];
  /** Its images, each with the checked file it shows (media-files.ts). */
  images: (MediaEntry & { image: MediaFile })[];
  /** The event's id in the dataset it was imported from (ACLED's event_id_cnty). */
  externalId?: string;
  draft: boolean;
  /** Markdown body, untrusted. */
  body: string;
}

export interface Content {
  site: SiteSettings;
  places: Record<string, Place>;
  sources: Source[];
  incidents: Incident[];
}

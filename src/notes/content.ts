/** The validated content folder, as pages and tools see it. Plain data only (no class instances), so Eleventy can clone it. */
import type { MediaEntry, MediaFile } from "./media-files.ts";
import type { ClaimValue } from "./claim-agreement.ts";
import type { IncidentFields, Kind, PlaceFields, Precision, Relation, SiteSettings, SourceFields } from "./schema.ts";

export interface Place extends PlaceFields {
  id: string;
}

export interface Source extends SourceFields {
  id: string;
  /** Path relative to the working directory. */
  file: string;
  /** The source text (Markdown body), verbatim. */
  text: string;
}

export interface Citation {
  source: string;
  quote?: string;
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

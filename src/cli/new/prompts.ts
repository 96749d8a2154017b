/** Asks a person at a terminal for what the flags left out. Every question here is also a flag (see messages.usage). */
import { checkbox, input, select } from "@inquirer/prompts";
import type { Place, Source } from "../../notes/content.ts";
import { KINDS, PRECISIONS } from "../../notes/schema.ts";
import { askPlace, type PlaceAnswers } from "../place/new-place.ts";
import { answerProblem, type IncidentAnswers } from "./incident-note.ts";
import { prompts } from "./messages.ts";

export interface Choices {
  places: Place[];
  sources: Source[];
  siteZone: string;
  /** The ids places.yaml holds, when a new place may be added to it (undefined: it has problems of its own). */
  placeIds?: Record<string, unknown>;
  /** Why a quote would be refused for a source (the build's words), or undefined when it occurs in the text. */
  quoteProblem(source: string, quote: string): Promise<string | undefined>;
}

const validator = (field: Parameters<typeof answerProblem>[0], optional = false) => (value: string) =>
  (optional && value.trim() === "") || (answerProblem(field, value.trim()) ?? true);

// NOTE: not a valid place id (ids have no spaces), so it cannot stand for a real place.
const NEW_PLACE = "new place";

/**
 * Fills in every answer that is missing; `given` holds what came as flags and is never asked again.
 * A place may be a new one, asked for then and there: `newPlace` is what places.yaml will take.
 */
export async function askIncident(given: Partial<IncidentAnswers>, choices: Choices): Promise<{ answers: IncidentAnswers; newPlace?: PlaceAnswers }> {
  const title = given.title ?? (await input({ message: prompts.title, validate: validator("title") })).trim();
  const date = given.date ?? (await input({ message: prompts.date, validate: validator("date") })).trim();
  let timezone = given.timezone;
  if (timezone === undefined) {
    const answer = (await input({ message: prompts.timezone, default: choices.siteZone, validate: validator("timezone") })).trim();
    // The site's zone is the default: leave it out of the note rather than repeat it.
    timezone = answer === choices.siteZone ? undefined : answer;
  }
  let precision = given.precision;
  if (precision === undefined) {
    const answer = await select<string>({
      message: prompts.precision,
      choices: [{ name: prompts.precisionDefault, value: "" }, ...PRECISIONS.map((value) => ({ value }))],
    });
    precision = answer || undefined;
  }
  const kind = given.kind ?? (await select<string>({ message: prompts.kind, choices: KINDS.map((value) => ({ value })) }));
  let place = given.place;
  let newPlace: PlaceAnswers | undefined;
  if (place === undefined) {
    const existing = choices.places.map((p) => ({ value: p.id, name: `${p.name} (${p.id})` }));
    const addable = choices.placeIds ? [{ value: NEW_PLACE, name: prompts.newPlace }] : [];
    place = await select<string>({ message: prompts.place, choices: [...existing, ...addable], pageSize: 12 });
    if (place === NEW_PLACE) {
      newPlace = await askPlace({}, choices.placeIds ?? {});
      place = newPlace.id;
    }
  }
  let sources = given.sources;
  if (!sources?.length) {
    const picked = await checkbox<string>({
      message: prompts.sources,
      choices: choices.sources.map((s) => ({ value: s.id, name: `${s.title} — ${s.publisher}, ${s.published} (${s.id})` })),
      required: true,
      validate: (selected) => selected.length > 0 || prompts.sourcesRequired,
      pageSize: 12,
    });
    sources = [];
    for (const source of picked) {
      const quote = (
        await input({
          message: prompts.quote(source),
          validate: async (value) => value.trim() === "" || ((await choices.quoteProblem(source, value.trim())) ?? true),
        })
      ).trim();
      sources.push({ source, quote: quote || undefined });
    }
  }
  const summary =
    given.summary ?? ((await input({ message: prompts.summary, validate: validator("summary", true) })).trim() || undefined);
  return { answers: { title, date, timezone, precision, kind, place, sources, summary, draft: given.draft }, newPlace };
}

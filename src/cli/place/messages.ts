/** Everything `npm run place` says to a person. Validation wording is the build's own (src/notes). */
export const usage = 'npm run place -- --id deir-ez-zor --name "Deir ez-Zor" --lat 35.336 --lon 40.14 --precision exact|approximate|region --country "Syria" [--content content]';

export const summary = "Add a place to places.yaml (appended: its comments and order stay as they are).";

export const missingFlags = (names: readonly string[]) =>
  `Missing ${names.map((name) => `--${name}`).join(", ")}. Standard input is not a terminal, so nothing was asked: give ${names.length === 1 ? "it as a flag" : "them as flags"}.`;

export const noContentFolder = (dir: string) =>
  `There is no content folder at ${dir}; expected a folder with site.yaml, places.yaml, sources/ and incidents/ (use --content to name another).`;

export const placesFileBroken = (file: string) => `${file} has problems of its own; nothing was written. Run npm run check to see them, fix them, then add the place.`;

export const wrote = (id: string, file: string) => `Added the place "${id}" to ${file}. Notes can now say place: ${id}.`;

export const prompts = {
  id: "Id (lowercase letters, digits and hyphens, e.g. deir-ez-zor)",
  name: "Name (as readers know it)",
  lat: "Latitude (decimal degrees, north positive)",
  lon: "Longitude (decimal degrees, east positive)",
  precision: "How well are the coordinates known?",
  country: "Country",
};

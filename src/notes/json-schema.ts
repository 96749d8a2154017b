/**
 * JSON Schemas for editors, generated from the zod schema in schema.ts (never written by hand):
 * `npm run schemas` writes them to schemas/, and a test keeps the committed files equal to this.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { incidentSchema, placesSchema, siteSchema, sourceSchema } from "./schema.ts";

export const SCHEMAS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../schemas");

const SCHEMAS = {
  "incident.schema.json": { schema: incidentSchema, title: "Incident note front matter (content/incidents/<id>.md)" },
  "source.schema.json": { schema: sourceSchema, title: "Source note front matter (content/sources/<id>.md)" },
  "site.schema.json": { schema: siteSchema, title: "Site settings (content/site.yaml)" },
  "places.schema.json": { schema: placesSchema, title: "Places (content/places.yaml): <place id>: { name, lat, lon, precision, country }" },
} as const;

export type SchemaFile = keyof typeof SCHEMAS;

/** File name → JSON text (with a final newline), in a stable order. */
export function generateJsonSchemas(): Record<SchemaFile, string> {
  const entries = Object.entries(SCHEMAS).map(([file, { schema, title }]) => {
    // NOTE: draft-07, because the YAML language server (VS Code's YAML extension and others) validates with draft-07.
    // io "input": a field with a default (site.yaml's language) is optional for the person writing it.
    const json = z.toJSONSchema(schema, { target: "draft-7", io: "input" });
    return [file, `${JSON.stringify({ ...json, title }, null, 2)}\n`];
  });
  return Object.fromEntries(entries) as Record<SchemaFile, string>;
}

/** The path to write in a note's `# yaml-language-server: $schema=…` line: relative to the note's folder, forward slashes. */
export function schemaPathFrom(noteDir: string, file: SchemaFile): string {
  return path.relative(path.resolve(noteDir), path.join(SCHEMAS_DIR, file)).split(path.sep).join("/");
}

/** Writes schemas/*.schema.json from the zod schema: `npm run schemas` after changing src/notes/schema.ts. */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { generateJsonSchemas, SCHEMAS_DIR } from "../src/notes/json-schema.ts";

await mkdir(SCHEMAS_DIR, { recursive: true });
for (const [file, text] of Object.entries(generateJsonSchemas())) {
  await writeFile(path.join(SCHEMAS_DIR, file), text);
  console.log(`Wrote ${path.relative(process.cwd(), path.join(SCHEMAS_DIR, file)) || file}`);
}

import path from "node:path";
import { parseArgs } from "node:util";
import { createEleventy } from "../run-eleventy.ts";

export { serveUsage } from "./usage.ts";

/** Builds with drafts, serves with live reload; a note that turns invalid logs its problems and the last good pages stay up. */
export async function serveCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: "string", default: "content" },
      output: { type: "string", default: "_site" },
      port: { type: "string", default: "8080" },
    },
    strict: true,
  });
  const eleventy = createEleventy({
    content: values.content,
    output: values.output,
    quiet: false,
    runMode: "serve",
    // NOTE: notes are data read by src/notes, not templates (templateFormats is njk only), so Eleventy
    // does not watch them by itself: without this a new or edited note never reaches the browser.
    configure: (eleventyConfig) => eleventyConfig.addWatchTarget(path.join(values.content, "**/*.{md,yaml}")),
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(Number(values.port));
}

import path from "node:path";
import { parseArgs } from "node:util";
import { createEleventy } from "../run-eleventy.ts";
import { SECOND_PASS, secondPassRequests } from "../../site/render-plan.ts";

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
    configure: (eleventyConfig) => {
      eleventyConfig.addWatchTarget(path.join(values.content, "**/*.{md,yaml}"));
      // A save is picked up once the file has been still for 50 ms (Eleventy's default waits 150 ms).
      eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });
    },
  });
  await eleventy.init();
  await eleventy.watch();
  // A quick build after a note changed leaves the whole-site pages for a second pass, which starts here (src/site/render-plan.ts).
  const { watcher } = eleventy as unknown as { watcher?: { emit(event: "change", file: string): void } };
  secondPassRequests.on("request", () => setImmediate(() => watcher?.emit("change", SECOND_PASS)));
  await eleventy.serve(Number(values.port));
}

import { mkdir } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { PROJECT_ROOT, TEMPLATES_DIR } from "../../site/plugin.ts";
import { checkOutputFolder, markBuild } from "../build/output-folder.ts";
import { createEleventy } from "../run-eleventy.ts";
import { Preview } from "../../preview/preview.ts";

export { serveUsage } from "./usage.ts";

/** Builds with drafts, serves with live reload; a note that turns invalid logs its problems and the last good pages stay up. */
export async function serveCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: "string", default: "content" },
      // Never the production output (_site/): a preview holds drafts, which must not be deployed.
      output: { type: "string", default: ".preview" },
      port: { type: "string", default: "8080" },
    },
    strict: true,
  });
  // The preview writes into its folder file by file, so it takes the same guard as a build: only a folder it made.
  const output = checkOutputFolder(values.output, { content: values.content, projectRoot: PROJECT_ROOT, templatesDir: TEMPLATES_DIR });
  await mkdir(output, { recursive: true });
  await markBuild(output);
  // What each build after an edit writes, and when the browser reloads (src/preview).
  const preview = new Preview(values.content);
  const eleventy = createEleventy({
    content: values.content,
    output,
    quiet: false,
    runMode: "serve",
    // NOTE: notes are data read by src/notes, not templates (templateFormats is njk only), so Eleventy
    // does not watch them by itself: without this a new or edited note never reaches the browser.
    configure: (eleventyConfig) => {
      eleventyConfig.addWatchTarget(path.join(values.content, "**/*.{md,yaml,png,jpg,jpeg,webp,svg}"));
      // A save is picked up once the file has been still for 50 ms (Eleventy's default waits 150 ms).
      eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });
      preview.configure(eleventyConfig);
    },
  });
  await eleventy.init();
  await eleventy.watch();
  preview.attach(eleventy);
  await preview.watching();
  await eleventy.serve(Number(values.port));
}

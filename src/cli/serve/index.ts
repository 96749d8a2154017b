import { parseArgs } from "node:util";
import { createEleventy } from "../run-eleventy.ts";

export const serveUsage = `npm start -- [--content content] [--output _site] [--port 8080]`;

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
  const eleventy = createEleventy({ content: values.content, output: values.output, quiet: false, runMode: "serve" });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(Number(values.port));
}

import { parseArgs } from "node:util";
import { buildSite } from "./build-site.ts";

export { buildUsage } from "./usage.ts";

export async function buildCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: "string", default: "content" },
      output: { type: "string", default: "_site" },
      pathprefix: { type: "string" },
      verbose: { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  await buildSite({ content: values.content, output: values.output, pathPrefix: values.pathprefix, quiet: !values.verbose });
  console.log(`Built ${values.content} into ${values.output}${values.pathprefix ? ` for ${values.pathprefix}` : ""}.`);
}

import { parseArgs } from "node:util";
import { UsageError } from "../errors.ts";
import { buildSite } from "./build-site.ts";

export { buildUsage } from "./usage.ts";

export async function buildCommand(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      content: { type: "string", default: "content" },
      output: { type: "string", default: "_site" },
      pathprefix: { type: "string" },
      "search-shard-pages": { type: "string" },
      "search-shard": { type: "string" },
      "search-processes": { type: "string" },
      verbose: { type: "boolean", default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const shardPages = values["search-shard-pages"];
  if (shardPages !== undefined) {
    if (!/^[1-9]\d*$/.test(shardPages)) throw new UsageError(`--search-shard-pages: found "${shardPages}"; expected a whole number of pages, e.g. 3000`);
    // Read by the search step (src/search/shards.ts).
    process.env.BRIEFING_SEARCH_SHARD_PAGES = shardPages;
  }
  const shard = values["search-shard"];
  if (shard !== undefined) {
    if (shardPages === undefined) throw new UsageError("--search-shard: expected --search-shard-pages N too (the shards' size decides which pages are shard K's)");
    if (!/^[1-9]\d*$/.test(shard)) throw new UsageError(`--search-shard: found "${shard}"; expected the shard's number, from 1`);
  }
  const processes = values["search-processes"];
  if (processes !== undefined) {
    if (processes !== "1" && processes !== "2") throw new UsageError(`--search-processes: found "${processes}"; expected 1 or 2 (the Pagefind processes taking the shards in turn)`);
    if (shardPages === undefined || shard !== undefined) throw new UsageError("--search-processes: expected --search-shard-pages N too, and no --search-shard (two processes take a whole build's shards in turn)");
    // Read by the search step (src/search/shards.ts).
    process.env.BRIEFING_SEARCH_PROCESSES = processes;
  }
  await buildSite({
    content: values.content,
    output: values.output,
    pathPrefix: values.pathprefix,
    quiet: !values.verbose,
    shard: shard === undefined ? undefined : { shard: Number(shard), perShard: Number(shardPages) },
  });
  const part = shard === undefined ? "" : ` (search shard ${shard} alone: join the shards with npm run merge-shards)`;
  console.log(`Built ${values.content} into ${values.output}${values.pathprefix ? ` for ${values.pathprefix}` : ""}${part}.`);
}

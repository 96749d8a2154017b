/** Everything `npm run merge-shards` says to a person. */
export const usage = "npm run merge-shards -- [--output _site] <build of shard 1> <build of shard 2> …";

export const summary = "Join builds of one search shard each (build --search-shard K) into the whole site.";

export const noBuilds = "expected the folders of the shards' builds, one per shard, e.g. npm run merge-shards -- --output _site shard-1 shard-2";

export const notABuild = (folder: string, why: string) => `${folder} ${why}; expected a folder that npm run build -- --search-shard-pages N --search-shard K wrote`;

export const cannotMerge = (problems: readonly string[]) => `Nothing was merged:\n${problems.map((problem) => `  ${problem}`).join("\n")}`;

export const merged = (output: string, builds: number, shards: number, files: number) =>
  `Merged ${builds} ${builds === 1 ? "build" : "builds"} into ${output}: ${shards} search ${shards === 1 ? "shard" : "shards"}, ${files} files.`;

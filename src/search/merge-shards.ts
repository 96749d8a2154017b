/**
 * Joins builds of one search shard each (shard-job.ts) into the whole site: their files side by
 * side (a file two builds both wrote must be the same bytes), then what describes the shards
 * together: shards.json, sort-ranks.json and the filter counts, as one sharded build writes them.
 */
import { copyFile, mkdir, readdir, readFile, rm } from "node:fs/promises";
import path from "node:path";
import { writeFilterCounts } from "./filter-counts.ts";
import { SHARD_PARTS_DIR, writeShardFiles, type ShardPart, type SortedPage } from "./shards.ts";

export class MergeError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "MergeError";
  }
}

const byUrl = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const PARTS = path.join("pagefind", SHARD_PARTS_DIR);

/** Copies every file of `builds` into `into` (an empty folder) and writes the shards' files; every problem is thrown at once. */
export async function mergeShardBuilds(builds: readonly string[], into: string, skip: (relative: string) => boolean): Promise<{ shards: number; pages: number }> {
  const problems: string[] = [];
  const from = new Map<string, string>();
  const parts: { build: string; part: ShardPart }[] = [];
  for (const build of builds) {
    const entries = await readdir(build, { recursive: true, withFileTypes: true });
    for (const entry of entries.sort((a, b) => byUrl(path.join(a.parentPath, a.name), path.join(b.parentPath, b.name)))) {
      const file = path.join(entry.parentPath, entry.name);
      const relative = path.relative(build, file);
      if (entry.isDirectory() || skip(relative)) continue;
      if (!entry.isFile()) {
        problems.push(`${file} is not a regular file; expected only what a build writes`);
      } else if (path.dirname(relative) === PARTS) {
        const part = readPart(parseJson(await readFile(file, "utf8")));
        if (part) parts.push({ build, part });
        else problems.push(`${file} is not a shard part a build wrote; expected {"shard", "shards", "pages"}`);
      } else if (from.has(relative)) {
        const first = from.get(relative)!;
        if (!(await readFile(path.join(first, relative))).equals(await readFile(file))) problems.push(`${relative} differs between ${first} and ${build}; expected each shard's build of the same notes`);
      } else {
        from.set(relative, build);
        await mkdir(path.dirname(path.join(into, relative)), { recursive: true });
        await copyFile(file, path.join(into, relative));
      }
    }
    if (!parts.some((entry) => entry.build === build)) problems.push(`${build} holds no ${PARTS}/; expected the output of npm run build -- --search-shard-pages N --search-shard K`);
  }
  const shards = parts[0]?.part.shards ?? 0;
  const seen = new Map<number, string>();
  for (const { build, part } of parts) {
    if (part.shards !== shards) problems.push(`${build} is shard ${part.shard} of ${part.shards}, ${parts[0].build} of ${shards}; expected builds with the same --search-shard-pages of the same notes`);
    if (seen.has(part.shard)) problems.push(`shard ${part.shard} is in both ${seen.get(part.shard)} and ${build}; expected each shard once`);
    seen.set(part.shard, build);
  }
  const missing = Array.from({ length: shards }, (_, index) => index + 1).filter((shard) => !seen.has(shard));
  if (missing.length > 0) problems.push(`shard${missing.length === 1 ? "" : "s"} ${missing.join(", ")} of ${shards} ${missing.length === 1 ? "is" : "are"} missing; expected a build of each shard, 1 to ${shards}`);
  if (problems.length > 0) throw new MergeError(problems);

  // NOTE: a whole build sends its pages to Pagefind in URL order; that order breaks ties of time in sort-ranks.json.
  const pages: SortedPage[] = parts
    .flatMap(({ part }) => part.pages.map((page) => ({ ...page, shard: part.shard - 1 })))
    .sort((a, b) => byUrl(a.url, b.url))
    .map((page, sent) => ({ ...page, sent }));
  const bundleDir = path.join(into, "pagefind");
  await writeShardFiles(bundleDir, shards, pages);
  await writeFilterCounts(bundleDir, shards);
  await rm(path.join(into, PARTS), { recursive: true, force: true });
  return { shards, pages: from.size };
}

function readPart(value: unknown): ShardPart | undefined {
  const part = value as Partial<ShardPart> | null;
  const whole = (n: unknown): n is number => Number.isInteger(n) && (n as number) > 0;
  if (!part || !whole(part.shard) || !whole(part.shards) || part.shard > part.shards || !Array.isArray(part.pages)) return undefined;
  return part.pages.every((page) => typeof page?.url === "string" && typeof page?.time === "string") ? (part as ShardPart) : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

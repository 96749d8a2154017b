/** Walking a built site: its HTML pages and every file, for checks over the whole output. */
import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

export async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

export async function listPages(root: string): Promise<string[]> {
  return (await listFiles(root)).filter((file) => file.endsWith(".html"));
}

/** Site URL of an output file: about/index.html → /about/ */
export function urlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, "$1")}`;
}

export async function hashTree(root: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const file of await listFiles(root)) {
    hashes.set(file, createHash("sha256").update(await readFile(path.join(root, file))).digest("hex"));
  }
  return hashes;
}

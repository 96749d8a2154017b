/**
 * The images notes show, as the site publishes them: under a name that carries a hash of their
 * bytes (so a changed image is never served stale from a cache), with their measured size, copied
 * into the build's output only when a note shows them.
 */
import { copyFile, mkdir, stat } from "node:fs/promises";
import path from "node:path";
import type { MediaFile } from "../notes/media-files.ts";

export interface Figure {
  url: string;
  alt: string;
  credit: string;
  caption?: string;
  width: number;
  height: number;
  /** The source note it comes from, when the note names one. */
  source?: { id: string; title: string; url: string };
}

const EXTENSIONS: Record<MediaFile["type"], string> = { png: "png", jpeg: "jpg", webp: "webp", svg: "svg" };

/** "/media/sat/dam-3f2a9c01bd.png" for media/sat/dam.png. */
export function mediaUrl(image: MediaFile): string {
  const stem = image.path.replace(/^media\//, "").replace(/\.[^./]+$/, "");
  return `/media/${stem}-${image.hash}.${EXTENSIONS[image.type]}`;
}

/** Copies each image to its published name in `output`, skipping those already there (the dev server builds again and again). */
export async function writeMedia(output: string, images: Iterable<MediaFile>): Promise<void> {
  const done = new Set<string>();
  for (const image of images) {
    const url = mediaUrl(image);
    if (done.has(url)) continue;
    done.add(url);
    const target = path.join(output, ...url.split("/"));
    const there = await stat(target).catch(() => undefined);
    if (there?.isFile()) continue;
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(image.file, target);
  }
}

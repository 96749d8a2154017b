/**
 * The images of a content folder (content/media/): each read, its type known from its bytes (never
 * its name), its size measured (image-size), and refused unless it is a PNG, JPEG, WebP or an SVG
 * with nothing active in it. The site serves them as images (`<img>`), never inlined.
 */
import { createHash } from "node:crypto";
import { existsSync, lstatSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { imageSize } from "image-size";
import { displayPath } from "./content-files.ts";
import type { Problem } from "./problems.ts";

export const MEDIA_FOLDER = "media";
/** A bound on one image: a large satellite picture is well under it. */
export const MAX_MEDIA_BYTES = 10 * 1024 * 1024;
export const MEDIA_TYPES = ["png", "jpeg", "webp", "svg"] as const;
export type MediaType = (typeof MEDIA_TYPES)[number];

export interface MediaFile {
  /** As notes name it: "media/satellite.png". */
  path: string;
  /** Absolute path on disk. */
  file: string;
  type: MediaType;
  width: number;
  height: number;
  /** The first characters of its SHA-256: the published name changes when the bytes do. */
  hash: string;
}

/** The type the bytes say, whatever the name says. */
function sniff(bytes: Buffer): MediaType | undefined {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "png";
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.subarray(0, 4).toString("latin1") === "RIFF" && bytes.subarray(8, 12).toString("latin1") === "WEBP") return "webp";
  const start = bytes.subarray(0, 512).toString("utf8").replace(/^\uFEFF/, "").trimStart();
  if (/^(<\?xml[^>]*>\s*)?(<!--[^]*?-->\s*)*(<!DOCTYPE[^[>]*(\[[^]*?\])?\s*>\s*)?(<!--[^]*?-->\s*)*<svg[\s>]/i.test(start)) return "svg";
  return undefined;
}

// What an SVG may hold to be shown as a picture: shapes, text, paint and filters. No script, no
// links, no animation (it can rewrite an address), no foreign content, no other document or image.
const SVG_ELEMENTS = new Set(
  "svg g defs title desc metadata path rect circle ellipse line polyline polygon text tspan textPath use symbol clipPath mask pattern linearGradient radialGradient stop marker style filter feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix feDiffuseLighting feDisplacementMap feDistantLight feDropShadow feFlood feFuncA feFuncB feFuncG feFuncR feGaussianBlur feMerge feMergeNode feMorphology feOffset fePointLight feSpecularLighting feSpotLight feTile feTurbulence".split(" "),
);

/** Why an SVG is not a plain picture, or undefined when it is one. */
export function svgProblem(text: string): string | undefined {
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) return "declares a DOCTYPE or entities; expected a plain SVG (entities can expand without bound or reach other files)";
  let parseError: string | undefined;
  const document = new DOMParser({ onError: (level, message) => void (level !== "warning" && (parseError ??= message)) }).parseFromString(text, "image/svg+xml");
  if (parseError) return `is not well-formed SVG (${parseError.split("\n")[0]}); expected an SVG file`;
  const root = document.documentElement;
  if (!root || root.localName !== "svg") return "has no <svg> root element; expected an SVG file";
  const walk = (element: Element): string | undefined => {
    if (!SVG_ELEMENTS.has(element.localName ?? "")) return `holds a <${element.localName}> element; expected shapes, text and paint only (no script, link, animation, foreign content or embedded image)`;
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.localName ?? attribute.name;
      if (/^on/i.test(name)) return `has an ${attribute.name} attribute on <${element.localName}>; expected no event handlers`;
      if (name === "href" && !attribute.value.trim().startsWith("#")) return `links to "${attribute.value}" from <${element.localName}>; expected only references inside the file (#id)`;
      if (/url\(\s*['"]?(?!#)/i.test(attribute.value)) return `refers to an address outside the file in ${attribute.name}; expected only url(#id)`;
    }
    if (element.localName === "style" && /@import|url\(\s*['"]?(?!#)/i.test(element.textContent ?? "")) return "has a <style> that loads something from outside the file; expected only url(#id)";
    for (const child of Array.from(element.childNodes)) {
      if (child.nodeType === 1) {
        const problem = walk(child as Element);
        if (problem) return problem;
      }
    }
    return undefined;
  };
  return walk(root);
}

/** Every image under content/media/, and a problem for each file that is not one the site serves. */
export async function readMediaFolder(contentDir: string): Promise<{ media: Map<string, MediaFile>; refused: Set<string>; problems: Problem[] }> {
  const media = new Map<string, MediaFile>();
  const refused = new Set<string>();
  const problems: Problem[] = [];
  const folder = path.join(contentDir, MEDIA_FOLDER);
  if (!existsSync(folder) || lstatSync(folder).isSymbolicLink() || !lstatSync(folder).isDirectory()) return { media, refused, problems };
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(contentDir, file).split(path.sep).join("/");
    if (relative.split("/").some((part) => part.startsWith("."))) continue;
    const at = (message: string) => {
      problems.push({ file: displayPath(file), field: "", message });
      refused.add(relative);
    };
    if (entry.isSymbolicLink()) {
      at("is a symbolic link; expected the image itself (a link may lead out of the content folder, so it is never followed)");
      continue;
    }
    if (entry.isDirectory()) continue;
    if (!entry.isFile()) {
      at("is not a regular file; expected only images in media/");
      continue;
    }
    if (lstatSync(file).size > MAX_MEDIA_BYTES) {
      at(`is ${(lstatSync(file).size / 1024 / 1024).toFixed(1)} MB; expected at most ${MAX_MEDIA_BYTES / 1024 / 1024} MB (make it smaller: it is sent to every reader)`);
      continue;
    }
    const bytes = await readFile(file);
    const type = sniff(bytes);
    if (!type) {
      at("is not a PNG, JPEG, WebP or SVG image (judged by its content, not its name); expected one of those");
      continue;
    }
    if (type === "svg") {
      const problem = svgProblem(bytes.toString("utf8"));
      if (problem) {
        at(problem);
        continue;
      }
    }
    let size: { width?: number; height?: number };
    try {
      size = imageSize(bytes);
    } catch {
      size = {};
    }
    if (!size.width || !size.height) {
      at(`has no size that can be read${type === "svg" ? " (give the <svg> a width and height, or a viewBox)" : ""}; expected an image with a width and a height`);
      continue;
    }
    media.set(relative, { path: relative, file, type, width: size.width, height: size.height, hash: createHash("sha256").update(bytes).digest("hex").slice(0, 10) });
  }
  return { media, refused, problems };
}

/** A note's media entry as the schema reads it (any part may be missing in a note that fails the schema). */
export interface MediaEntry {
  file: string;
  alt: string;
  credit: string;
  caption?: string;
  source?: string;
}

/** What a note's images refer to: each file must be an image of media/, each source a source note. */
export function mediaReferenceProblems(
  entries: readonly (MediaEntry | undefined)[],
  media: ReadonlyMap<string, MediaFile>,
  refusedFiles: ReadonlySet<string>,
  hasSource: (id: string) => boolean,
  at: (parts: (string | number)[], message: string) => void,
): void {
  entries.forEach((entry, index) => {
    if (!entry) return;
    if (refusedFiles.has(entry.file)) at(["media", index, "file"], `found "${entry.file}", which is not an image the site can serve (see its own problem); expected a PNG, JPEG, WebP or plain SVG`);
    else if (!media.has(entry.file)) at(["media", index, "file"], `found "${entry.file}", which is not in the content folder; expected an image file at content/${entry.file}`);
    if (entry.source !== undefined && !hasSource(entry.source)) at(["media", index, "source"], `found "${entry.source}"; expected the id of a note in sources/`);
  });
}

/** Every internal link, asset and fragment resolves, at the root and under a path prefix; external links are well-formed. */
import assert from "node:assert/strict";
import { existsSync, statSync } from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { test } from "node:test";
import { parse, type HTMLElement } from "node-html-parser";
import { buildToTemp, SHIPPED_CONTENT } from "../../helpers/build.ts";
import { listPages, urlOf } from "../../helpers/site-files.ts";

function fileFor(output: string, pathname: string): string | undefined {
  const file = path.join(output, decodeURIComponent(pathname));
  if (existsSync(file) && statSync(file).isDirectory()) return existsSync(path.join(file, "index.html")) ? path.join(file, "index.html") : undefined;
  return existsSync(file) ? file : undefined;
}

async function brokenLinks(output: string, prefix: string): Promise<{ broken: string[]; checked: number }> {
  const broken: string[] = [];
  const documents = new Map<string, HTMLElement>();
  const load = async (file: string) => documents.get(file) ?? documents.set(file, parse(await readFile(file, "utf8"))).get(file)!;
  let checked = 0;
  for (const page of await listPages(output)) {
    const pageUrl = new URL(`${prefix.replace(/\/$/, "")}${urlOf(page)}`, "http://site.test");
    const document = await load(path.join(output, page));
    for (const element of document.querySelectorAll("[href], [src]")) {
      const reference = element.getAttribute("href") ?? element.getAttribute("src") ?? "";
      checked++;
      if (/^(https?:|mailto:)/i.test(reference)) {
        if (!URL.canParse(reference)) broken.push(`${page}: malformed external link ${reference}`);
        continue;
      }
      const target = new URL(reference, pageUrl);
      if (target.origin !== pageUrl.origin) {
        broken.push(`${page}: ${reference} leaves the site`);
        continue;
      }
      if (!target.pathname.startsWith(prefix)) {
        broken.push(`${page}: ${reference} is outside the path prefix ${prefix}`);
        continue;
      }
      const file = fileFor(output, target.pathname.slice(prefix.length - 1));
      if (!file) {
        broken.push(`${page}: ${reference} → no file`);
        continue;
      }
      if (target.hash && file.endsWith(".html")) {
        const id = decodeURIComponent(target.hash.slice(1));
        if (!(await load(file)).querySelector(`[id="${id}"]`)) broken.push(`${page}: ${reference} → no element with id "${id}"`);
      }
    }
  }
  return { broken, checked };
}

for (const prefix of ["/", "/briefing/"]) {
  test(`no broken link in a build served at ${prefix}`, async () => {
    const output = await buildToTemp(SHIPPED_CONTENT, { pathPrefix: prefix === "/" ? undefined : prefix });
    const { broken, checked } = await brokenLinks(output, prefix);
    assert.ok(checked > 500, `only ${checked} links checked`);
    assert.deepEqual(broken, []);
  });
}

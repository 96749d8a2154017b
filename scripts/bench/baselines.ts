/**
 * The tools we compare against, each set up the plain way on the same incident notes: bare Eleventy
 * (one page per note with a minimal layout, plus an index listing them all) and Hugo (the same two
 * templates). Both are written into throwaway folders; nothing of ours is loaded.
 */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

const NOTE_LAYOUT = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><main><h1>{{ title }}</h1>
<p>{{ summary }}</p>
{{ content | safe }}
</main></body>
</html>
`;

const INDEX_TEMPLATE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>All notes</title></head>
<body><main><h1>All notes</h1>
<ol>{% for note in collections.all %}<li><a href="{{ note.url }}">{{ note.data.title }}</a> {{ note.data.summary }}</li>{% endfor %}</ol>
</main></body>
</html>
`;

/** Writes a minimal Eleventy config into `dir`; returns the arguments for Eleventy's CLI. */
export async function setUpBareEleventy(dir: string, incidentsDir: string, projectRoot: string): Promise<{ args: string[]; output: string }> {
  await mkdir(path.join(dir, "_includes"), { recursive: true });
  await writeFile(path.join(dir, "_includes", "note.njk"), NOTE_LAYOUT);
  const includes = path.relative(incidentsDir, path.join(dir, "_includes"));
  const config = `// Throwaway config written by scripts/bench: Eleventy's defaults plus a layout and an index page.
export default function (eleventyConfig) {
  eleventyConfig.setTemplateFormats(["md", "njk"]);
  eleventyConfig.addGlobalData("layout", "note.njk");
  eleventyConfig.addTemplate("index.njk", ${JSON.stringify(INDEX_TEMPLATE)}, { layout: false, permalink: "/", eleventyExcludeFromCollections: true });
  // Notes are Markdown, not Liquid: the setting the Eleventy docs recommend for such content.
  return { markdownTemplateEngine: false, dir: { includes: ${JSON.stringify(includes)} } };
}
`;
  await writeFile(path.join(dir, "eleventy.config.mjs"), config);
  const output = path.join(dir, "_site");
  return {
    output,
    args: [path.join(projectRoot, "node_modules/@11ty/eleventy/cmd.cjs"), `--config=${path.join(dir, "eleventy.config.mjs")}`, `--input=${incidentsDir}`, `--output=${output}`, "--quiet"],
  };
}

/** Writes a minimal Hugo site into `dir` that mounts the notes as its content; returns the arguments for `hugo`. */
export async function setUpHugo(dir: string, incidentsDir: string, timezone: string): Promise<{ args: string[]; output: string }> {
  await mkdir(path.join(dir, "layouts", "_default"), { recursive: true });
  await writeFile(
    path.join(dir, "config.toml"),
    `baseURL = "/"
timeZone = ${JSON.stringify(timezone)}
disableKinds = ["taxonomy", "term", "section", "RSS", "sitemap", "robotsTXT", "404"]
[[module.mounts]]
source = ${JSON.stringify(incidentsDir)}
target = "content/incidents"
[[module.mounts]]
source = "layouts"
target = "layouts"
`,
  );
  await writeFile(
    path.join(dir, "layouts", "_default", "single.html"),
    `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><main><h1>{{ .Title }}</h1>
<p>{{ .Params.summary }}</p>
{{ .Content }}
</main></body>
</html>
`,
  );
  await writeFile(
    path.join(dir, "layouts", "index.html"),
    `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>All notes</title></head>
<body><main><h1>All notes</h1>
<ol>{{ range .Site.RegularPages.ByDate }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ol>
</main></body>
</html>
`,
  );
  const output = path.join(dir, "public");
  return { output, args: ["--source", dir, "--destination", output, "--quiet"] };
}

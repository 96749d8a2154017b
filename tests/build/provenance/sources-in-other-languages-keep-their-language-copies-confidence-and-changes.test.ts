/**
 * Provenance (issue 16), from a real build of tests/fixtures/sources-in-other-languages: an Arabic
 * source with a translation and an archived copy, graded incidents, a correction and a place's aliases.
 */
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { before, test } from "node:test";
import { gunzipSync } from "node:zlib";
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import { HtmlValidate, type ConfigData } from "html-validate";
import { parse } from "node-html-parser";
import { loadContent } from "../../../src/notes/load-content.ts";
import { buildToTemp, fixture, readPage, ROOT } from "../../helpers/build.ts";
import { listPages } from "../../helpers/site-files.ts";

const CONTENT = fixture("sources-in-other-languages");
const STRIKE = "/incidents/2023-03-24-strikes-deir-ez-zor/";
let output: string;

before(async () => {
  output = await buildToTemp(CONTENT);
});

const page = async (url: string) => parse(await readPage(output, url));

test("the source page marks its text with the source's language and direction, its translation with the site's", async () => {
  const html = await page("/sources/monitor-toll-ar/");
  const [original, translation] = html.querySelectorAll(".source-text");
  assert.equal(original.getAttribute("lang"), "ar");
  assert.equal(original.getAttribute("dir"), "rtl");
  assert.match(original.text, /قَالَ المَرْصَدُ/);
  assert.equal(translation.getAttribute("lang"), "en");
  assert.equal(translation.getAttribute("dir"), "ltr");
  assert.equal(html.querySelector("#translation")?.text, "Translation (English)");
  assert.match(html.querySelector(".facts")!.text, /Arabic, with a translation into English/);
});

test("the archived copy is linked beside the original on the source page, in citations and in the briefing", async () => {
  const archived = "https://web.archive.org/web/20230325000000/https://example.org/ar/toll";
  const source = await page("/sources/monitor-toll-ar/");
  assert.equal(source.querySelector(".facts a.archived")?.getAttribute("href"), archived);
  const incident = await page(STRIKE);
  const copies = incident.querySelectorAll(".citations .source-copies a").map((a) => a.getAttribute("href"));
  assert.deepEqual(copies, ["https://example.org/ar/toll", archived]);
  // The wire report has no archived copy: its citation shows none.
  assert.equal(incident.querySelectorAll(".citations > li")[1].querySelector(".source-copies"), null);
  assert.ok(incident.querySelectorAll(".claim-entries a.archived").length >= 2, "claims link it too");
  const briefing = await page("/briefing/");
  assert.ok(briefing.querySelectorAll(".numbered-sources a.archived").some((a) => a.getAttribute("href") === archived));
});

test("every quote of the Arabic text carries lang and dir, on the incident page and the disputes page; a quote of its translation is in the site's language", async () => {
  const incident = await page(STRIKE);
  const cited = incident.querySelector(".citations blockquote")!;
  assert.equal(cited.getAttribute("lang"), "ar");
  assert.equal(cited.getAttribute("dir"), "rtl");
  const quotes = incident.querySelectorAll(".claim-entries q");
  const byText = new Map(quotes.map((q) => [q.text, q]));
  assert.equal(byText.get("مقتل تسعة عشر شخصا")?.getAttribute("dir"), "rtl");
  assert.equal(byText.get("مقتل تسعة عشر شخصا")?.getAttribute("lang"), "ar");
  assert.equal(byText.get("after it had been eight")?.getAttribute("lang"), undefined);
  assert.equal(byText.get("killed eight people")?.getAttribute("lang"), undefined);
  const checked = incident.querySelectorAll(".claim-entries li").map((li) => [li.querySelector("q")?.text, li.querySelector(".quote-checked")?.text]);
  assert.deepEqual(checked, [
    ["مقتل تسعة عشر شخصا", "checked against the source text"],
    ["killed eight people", "checked against the source text"],
    ["after it had been eight", "checked against its translation"],
  ]);
  const disputes = await page("/disputes/");
  const arabic = disputes.querySelectorAll(".claim-entries q").find((q) => q.text === "مقتل تسعة عشر شخصا");
  assert.equal(arabic?.getAttribute("lang"), "ar");
  assert.equal(arabic?.getAttribute("dir"), "rtl");
});

test("confidence is shown on the incident page, marked in listings and explained on /about/", async () => {
  const incident = await page(STRIKE);
  assert.match(incident.querySelector(".facts .confidence")!.text, /^Moderate$/);
  assert.equal(incident.querySelector('.facts a[href="/about/#confidence"]')?.text, "what the levels mean");
  const timeline = await page("/");
  const marks = Object.fromEntries(timeline.querySelectorAll(".incident").map((item) => [item.querySelector("h3 a")!.getAttribute("href"), item.querySelector(".confidence")?.text]));
  assert.deepEqual(marks, {
    "/incidents/2023-03-23-drone-hasakah/": "High confidence",
    [STRIKE]: "Moderate confidence",
    "/incidents/2023-03-24-later-report/": "Low confidence",
  });
  const about = await page("/about/");
  assert.ok(about.querySelector("#confidence"));
  assert.ok(about.querySelector('a[href="/changes/"]'), "/about/ links the changes");
});

test("updates are listed newest first on the incident page, a correction as 'Corrected'", async () => {
  const incident = await page(STRIKE);
  assert.deepEqual(
    incident.querySelectorAll(".record-changes li").map((li) => li.text.trim()),
    ["Corrected Monday 27 March 2023: The monitor's toll is nineteen, not nine.", "Updated Sunday 26 March 2023: Added the monitor's earlier toll of eight."],
  );
});

test("/changes/ lists every change of the site newest first, each linking its incident", async () => {
  const changes = await page("/changes/");
  const rows = changes.querySelectorAll(".changes-list > li").map((li) => [li.querySelector("time")!.getAttribute("datetime"), li.querySelector(".change-when strong")!.text, li.querySelector("a")!.getAttribute("href")]);
  assert.deepEqual(rows, [
    ["2023-03-27", "Corrected", `${STRIKE}#changes-heading`],
    ["2023-03-26", "Updated", `${STRIKE}#changes-heading`],
    ["2023-03-25", "Updated", "/incidents/2023-03-23-drone-hasakah/#changes-heading"],
  ]);
});

test("the feed entry's <updated> is its latest update, when later than its sources", async () => {
  const feed = await readPage(output, "/feed.xml");
  const entry = (title: string) => feed.split("<entry>").find((part) => part.includes(`<title>${title}</title>`))!;
  // Corrected on 27 March (a day in Asia/Damascus): later than both sources (24 and 25 March).
  assert.match(entry("Strikes near Deir ez-Zor"), /<updated>2023-03-26T21:00:00Z<\/updated>/);
  // Updated on 25 March, the day its source appeared: no later than its latest source.
  assert.match(entry("Drone hits a base near Hasakah"), /<updated>2023-03-24T21:00:00Z<\/updated>/);
  assert.match(entry("A later report of strikes"), /<updated>2023-03-24T00:00:00Z<\/updated>|<updated>2023-03-23T21:00:00Z<\/updated>/);
});

test("/data/incidents.json carries confidence, updates, archived copies and languages, and matches its schema", async () => {
  const data = JSON.parse(await readPage(output, "/data/incidents.json")) as { incidents: any[]; sources: any[] };
  const schema = JSON.parse(await readPage(output, "/data/incidents.schema.json"));
  const ajv = new Ajv({ allErrors: true, strict: true });
  ajv.addSchema(JSON.parse(await readPage(output, "/data/incident.schema.json")), "incident.schema.json");
  const validate = ajv.compile(schema);
  // (Kept apart: the validator is a type guard to unknown, and would narrow `data` away.)
  const valid = validate(data);
  assert.ok(valid, JSON.stringify(validate.errors));
  const strike = data.incidents.find((incident: { id: string }) => incident.id === "2023-03-24-strikes-deir-ez-zor");
  assert.equal(strike.confidence, "moderate");
  assert.deepEqual(strike.updates.map((update: { date: string; type: string }) => [update.date, update.type]), [["2023-03-27", "correction"], ["2023-03-26", "update"]]);
  assert.equal(strike.sources[0].archived, "https://web.archive.org/web/20230325000000/https://example.org/ar/toll");
  assert.equal(strike.sources[0].checkedAgainst, "text");
  assert.equal(strike.claims.find((claim: { what: string }) => claim.what === "earlier-toll").values[0].checkedAgainst, "translation");
  const monitor = data.sources.find((source: { id: string }) => source.id === "monitor-toll-ar");
  assert.equal(monitor.language, "ar");
  assert.equal(data.sources.find((source: { id: string }) => source.id === "wire-report").language, "en");
  assert.deepEqual(data.incidents.find((incident: { id: string }) => incident.id === "2023-03-24-later-report").updates, []);
});

test("check warns, without failing, about a source with a url and no archived copy", async () => {
  const { problems, warnings } = await loadContent(CONTENT);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    warnings.map((warning) => [warning.file, warning.field]),
    [[path.join("tests/fixtures/sources-in-other-languages/sources/wire-report.md"), "url"]],
  );
  assert.match(warnings[0].message, /no archived copy/);
});

test("the search index files incidents under their confidence and holds the place's aliases in their text", async () => {
  const dir = path.join(output, "pagefind/fragment");
  const fragments = await Promise.all(
    (await readdir(dir)).map(async (name) => {
      const text = gunzipSync(await readFile(path.join(dir, name))).toString("utf8");
      return JSON.parse(text.slice(text.indexOf("{"))) as { url: string; content: string; filters: Record<string, string[]> };
    }),
  );
  const byUrl = new Map(fragments.map((fragment) => [fragment.url, fragment]));
  assert.deepEqual(byUrl.get(STRIKE)?.filters.confidence, ["moderate"]);
  assert.deepEqual(byUrl.get("/incidents/2023-03-23-drone-hasakah/")?.filters.confidence, ["high"]);
  for (const url of [STRIKE, "/incidents/2023-03-24-later-report/"]) {
    for (const alias of ["Dayr az-Zawr", "Deir al-Zour", "دير الزور"]) assert.ok(byUrl.get(url)!.content.includes(alias), `${url} indexes ${alias}`);
  }
  assert.ok(!byUrl.get("/incidents/2023-03-23-drone-hasakah/")!.content.includes("Dayr az-Zawr"), "only the place's own incidents");
});

test("the place page shows its aliases, the Arabic one marked with lang and dir", async () => {
  const place = await page("/places/deir-ez-zor/");
  // The name is isolated in its own span, so the list's separators stay outside it.
  const aliases = place.querySelectorAll(".aliases li > span").map((span) => [span.text, span.getAttribute("lang"), span.getAttribute("dir")]);
  assert.deepEqual(aliases, [["Dayr az-Zawr", undefined, "ltr"], ["Deir al-Zour", undefined, "ltr"], ["دير الزور", "ar", "rtl"]]);
});

test("every page of the fixture, rtl text included, is valid HTML", async () => {
  const validator = new HtmlValidate(JSON.parse(readFileSync(path.join(ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData);
  const problems: string[] = [];
  for (const file of await listPages(output)) {
    const report = await validator.validateFile(path.join(output, file));
    for (const result of report.results) for (const message of result.messages) problems.push(`${file}:${message.line} ${message.ruleId} ${message.message}`);
  }
  assert.deepEqual(problems, []);
});

/**
 * /data/timelinejs.json against the TimelineJS3 JSON format as Knight Lab documents it
 * (https://timeline.knightlab.com/docs/json-format.html): an object with `events` (slides with a
 * required start_date whose year is a number), an optional `title` slide without a date, `scale`
 * human; dates to the minute in the display zone, a day alone as its own day; text as escaped HTML.
 */
import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { parse } from "node-html-parser";
import { fixture, SHIPPED_CONTENT } from "../helpers/build.ts";
import { renderWith } from "./support.ts";

interface Slide {
  start_date?: Record<string, unknown>;
  end_date?: Record<string, unknown>;
  text?: { headline?: string; text?: string };
  group?: string;
  display_date?: string;
  unique_id?: string;
  media?: { url: string };
  autolink?: boolean;
}
type Timeline = { title?: Slide; events: Slide[]; scale?: string; eras?: unknown[] };

const SLIDE_KEYS = new Set(["start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id"]);
const DATE_KEYS = new Set(["year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format"]);
const RANGES: Record<string, [number, number]> = { month: [1, 12], day: [1, 31], hour: [0, 23], minute: [0, 59] };

/** Every way the document departs from the documented format. */
function formatProblems(doc: Timeline): string[] {
  const problems: string[] = [];
  const checkSlide = (slide: Slide, where: string, dated: boolean) => {
    for (const key of Object.keys(slide)) if (!SLIDE_KEYS.has(key)) problems.push(`${where}: unknown key ${key}`);
    if (dated && !slide.start_date) problems.push(`${where}: no start_date`);
    for (const name of ["start_date", "end_date"] as const) {
      const date = slide[name];
      if (!date) continue;
      for (const key of Object.keys(date)) if (!DATE_KEYS.has(key)) problems.push(`${where}.${name}: unknown key ${key}`);
      if (!Number.isInteger(date.year)) problems.push(`${where}.${name}: year ${String(date.year)}`);
      for (const [key, [low, high]] of Object.entries(RANGES)) {
        const value = date[key];
        if (value !== undefined && (!Number.isInteger(value) || (value as number) < low || (value as number) > high)) problems.push(`${where}.${name}.${key}: ${String(value)}`);
      }
      // A finer unit only with the coarser ones: a minute needs its hour, an hour its day, a day its month.
      if ((date.minute !== undefined && date.hour === undefined) || (date.hour !== undefined && date.day === undefined) || (date.day !== undefined && date.month === undefined)) problems.push(`${where}.${name}: a gap in its units`);
    }
    if (slide.text && typeof slide.text.headline !== "string") problems.push(`${where}: headline not text`);
    if (slide.media && typeof slide.media.url !== "string") problems.push(`${where}: media without url`);
  };
  if (!Array.isArray(doc.events)) return ["events is not a list"];
  if (doc.scale !== undefined && doc.scale !== "human" && doc.scale !== "cosmological") problems.push(`scale ${doc.scale}`);
  if (doc.title) checkSlide(doc.title, "title", false);
  doc.events.forEach((slide, index) => checkSlide(slide, `events[${index}]`, true));
  const ids = doc.events.map((slide) => slide.unique_id);
  if (new Set(ids).size !== ids.length) problems.push("unique_id repeats");
  return problems;
}

describe("the shipped notes", () => {
  let doc: Timeline;
  let incidents: { id: string; kind: string; title: string }[];
  before(async () => {
    const pages = await renderWith(SHIPPED_CONTENT, { siteUrl: "https://briefing.example.org/" });
    doc = JSON.parse(pages.get("/data/timelinejs.json")!);
    incidents = JSON.parse(pages.get("/data/incidents.json")!).incidents;
  });

  test("follow the format, with a title slide and every published incident once, by its note id, in timeline order", () => {
    assert.deepEqual(formatProblems(doc), []);
    assert.equal(doc.title?.text?.headline, "Syria, March 2023: attacks and strikes");
    assert.equal(doc.title?.start_date, undefined);
    assert.deepEqual(doc.events.map((slide) => slide.unique_id), incidents.map((incident) => incident.id));
  });

  test("a timed incident is given to the minute in Asia/Damascus, its display date true to its precision", () => {
    const strikes = doc.events.find((slide) => slide.unique_id === "2023-03-24-f15e-strikes-deir-ez-zor")!;
    assert.deepEqual(strikes.start_date, { year: 2023, month: 3, day: 24, hour: 2, minute: 40, display_date: "Friday 24 March 2023, 02:40 (Asia/Damascus)" });
    const rockets = doc.events.find((slide) => slide.unique_id === "2023-03-24-rocket-attack-green-village")!;
    assert.match(rockets.display_date!, /about 08:05 \(Asia\/Damascus\)$/);
  });

  test("slides are grouped by kind, link back to the site and its sources, and let nothing else become a link", () => {
    const groups = new Map([["attack", "Attacks"], ["strike", "Strikes"], ["statement", "Statements"], ["assessment", "Assessments"]]);
    for (const [index, slide] of doc.events.entries()) {
      assert.equal(slide.group, groups.get(incidents[index].kind));
      assert.equal(slide.autolink, false);
      assert.match(slide.text!.text!, new RegExp(`<a href="https://briefing\\.example\\.org/incidents/${incidents[index].id}/">`));
      assert.match(slide.text!.text!, /Sources: <a href="https:\/\/briefing\.example\.org\/sources\//);
    }
  });
});

describe("times in several zones", () => {
  let doc: Timeline;
  before(async () => {
    doc = JSON.parse((await renderWith(fixture("incidents-in-several-zones"))).get("/data/timelinejs.json")!);
  });

  test("a day alone stays its own day, without an hour; a Washington evening is the next morning in Damascus", () => {
    const byTitle = (title: string) => doc.events.find((slide) => slide.text?.headline === title)!;
    assert.deepEqual(byTitle("Testimony on a day in Washington").start_date, { year: 2023, month: 3, day: 23, display_date: "Thursday 23 March 2023, time not reported" });
    const evening = byTitle("Late evening in Washington, early Friday in Syria").start_date!;
    assert.deepEqual([evening.year, evening.month, evening.day, evening.hour, evening.minute], [2023, 3, 24, 3, 0]);
    assert.deepEqual(formatProblems(doc), []);
  });
});

test("note text reaches the slides as escaped HTML: only the export's own elements, and links to the site", async () => {
  const doc: Timeline = JSON.parse((await renderWith(fixture("note-with-html-in-its-fields"))).get("/data/timelinejs.json")!);
  for (const slide of doc.events) {
    for (const html of [slide.text!.headline!, slide.text!.text!]) {
      const elements = parse(html).querySelectorAll("*");
      assert.deepEqual([...new Set(elements.map((element) => element.tagName.toLowerCase()))].filter((tag) => !["p", "a", "strong"].includes(tag)), [], html);
      for (const link of elements.filter((element) => element.tagName === "A")) {
        assert.deepEqual(Object.keys(link.attributes), ["href"]);
        assert.match(link.getAttribute("href")!, /^\/(incidents|sources)\//);
      }
    }
  }
  assert.equal(parse(doc.events[0].text!.headline!).textContent, '<script>alert("title")</script> Rockets & drones');
});

import assert from "node:assert/strict";
import { before, describe, test } from "node:test";
import { DateTime } from "luxon";
import { fixture, renderPages, SHIPPED_CONTENT } from "../helpers/build.ts";
import { pageAt } from "../build/html.ts";
import type { SiteData } from "../../src/site/site-data.ts";
import type { ChartView } from "../../src/views/chart/chart-view.ts";
import { dayBands, makeAxis } from "../../src/views/chart/time-axis.ts";
import { attributeValues, siteDataOf, svgsOf } from "./support.ts";

const HOUR = 3_600_000;
/** Hours between two chart x positions. */
const hours = (chart: ChartView, dx: number, pxPerHour: number) => dx / pxPerHour;
/** The chart's scale, read from its day bands (a day in Damascus is 24 hours). */
const pxPerHourOf = (chart: ChartView) => chart.days[0].width / 24;

describe("the chart of the shipped content", () => {
  let data: SiteData;
  let chart: ChartView;
  before(async () => {
    data = await siteDataOf(SHIPPED_CONTENT);
    chart = data.views.chart!;
  });

  test("has one linked mark per incident, numbered as on the timeline", () => {
    assert.deepEqual(
      chart.marks.map((mark) => [mark.number, mark.id, mark.url]),
      data.incidents.map((incident) => [incident.number, incident.id, incident.url]),
    );
  });

  test("puts each mark in the lane of its kind, lanes in the order attack, strike, statement, assessment", () => {
    assert.deepEqual(chart.lanes.map((lane) => lane.kind), ["attack", "strike", "statement", "assessment"]);
    for (const mark of chart.marks) {
      const lane = chart.lanes.find((candidate) => candidate.kind === mark.kind)!;
      assert.ok(mark.y > lane.y0 && mark.y < lane.y1, `${mark.id} outside its lane`);
    }
  });

  test("spans three whole days in Damascus time, 23 to 25 March", () => {
    assert.deepEqual(chart.days.map((day) => [day.day, day.label]), [["2023-03-23", "Thu 23 Mar"], ["2023-03-24", "Fri 24 Mar"], ["2023-03-25", "Sat 25 Mar"]]);
    assert.equal(chart.days[0].x0, chart.gutter);
  });

  test("places each timed mark at its instant on the axis", () => {
    const pxPerHour = pxPerHourOf(chart);
    const start = DateTime.fromISO("2023-03-23T00:00", { zone: "Asia/Damascus" }).toMillis();
    for (const incident of data.incidents) {
      const mark = chart.marks.find((candidate) => candidate.id === incident.id)!;
      const at = incident.precision === "day" ? DateTime.fromISO(incident.day, { zone: incident.zone }).toMillis() : DateTime.fromISO(incident.instant).toMillis();
      assert.ok(Math.abs(hours(chart, mark.x - chart.gutter, pxPerHour) - (at - start) / HOUR) < 0.05, `${incident.id} at the wrong time`);
    }
    const strikes = chart.marks.find((mark) => mark.id === "2023-03-24-f15e-strikes-deir-ez-zor")!;
    assert.ok(Math.abs((strikes.x - chart.gutter) / pxPerHour - 26 - 40 / 60) < 0.05, "02:40 Friday is 26 h 40 min after the start");
  });

  test("draws an exact time as a point, an approximate time as ±1 hour and a day alone as its whole day in its own zone", () => {
    const pxPerHour = pxPerHourOf(chart);
    const mark = (id: string) => chart.marks.find((candidate) => candidate.id === id)!;
    const strikes = mark("2023-03-24-f15e-strikes-deir-ez-zor");
    assert.equal(strikes.precision, "exact");
    assert.equal(strikes.x0, strikes.x1);
    const rockets = mark("2023-03-24-rocket-attack-green-village");
    assert.ok(Math.abs((rockets.x1 - rockets.x0) / pxPerHour - 2) < 0.05);
    assert.ok(Math.abs((rockets.x - rockets.x0) / pxPerHour - 1) < 0.05);
    const conoco = mark("2023-03-24-conoco-rocket-attack");
    assert.equal(conoco.x0, chart.days[1].x0);
    assert.ok(Math.abs((conoco.x1 - conoco.x0) / pxPerHour - 24) < 0.05);
    // A day in Washington runs from 07:00 to 07:00 Damascus time.
    const ryder = mark("2023-03-24-ryder-pentagon-briefing");
    assert.ok(Math.abs((ryder.x0 - chart.days[1].x0) / pxPerHour - 7) < 0.05);
    assert.ok(Math.abs((ryder.x1 - ryder.x0) / pxPerHour - 24) < 0.05);
  });

  test("marks the hours in Damascus time along the top and in UTC along the bottom", () => {
    const pxPerHour = pxPerHourOf(chart);
    const top = chart.hourTicks.find((tick) => tick.label === "06:00")!;
    assert.ok(Math.abs((top.x - chart.gutter) / pxPerHour - 6) < 0.05);
    // Damascus is UTC+3: a UTC mark at hh:00 stands 3 hours later on the Damascus clock.
    assert.ok(chart.utcTicks.length >= 4);
    for (const tick of chart.utcTicks) {
      const fromStart = (tick.x - chart.gutter) / pxPerHour;
      assert.ok(Math.abs(fromStart - Math.round(fromStart)) < 0.05);
      assert.equal(tick.label, `${String((Math.round(fromStart) - 3 + 24) % 24).padStart(2, "0")}:00 UTC`);
    }
    assert.ok(chart.utcTicks.every((tick) => tick.label.endsWith(" UTC")));
  });

  test("draws the chain as arrows: the drone strike → the US strikes → the rocket attack, and no arrow for see-also", () => {
    const arrows = chart.arrows.map((arrow) => `${arrow.from} → ${arrow.to} (${arrow.relation})`);
    assert.ok(arrows.includes("2023-03-23-drone-strike-hasakah-base → 2023-03-24-f15e-strikes-deir-ez-zor (responds-to)"));
    assert.ok(arrows.includes("2023-03-24-f15e-strikes-deir-ez-zor → 2023-03-24-rocket-attack-green-village (follows)"));
    assert.ok(!arrows.some((arrow) => arrow.includes("2023-03-24-biden-ottawa-remarks")), "see-also drawn as an arrow");
    const ordering = data.incidents.flatMap((incident) => incident.related.filter((link) => link.relation !== "see-also"));
    assert.equal(chart.arrows.length, ordering.length);
    // Lines and rounded corners (route-arrow.ts), in the chart's own numbers.
    for (const arrow of chart.arrows) assert.match(arrow.d, /^M[\d.]+ [\d.]+(?:L[\d.]+ [\d.]+|Q[\d.]+ [\d.]+ [\d.]+ [\d.]+)+$/);
  });

  test("flags the disputed incidents", () => {
    assert.deepEqual(
      chart.marks.filter((mark) => mark.disputed).map((mark) => mark.number),
      data.incidents.filter((incident) => incident.disputed).map((incident) => incident.number),
    );
  });

  test("on the timeline page: an SVG with every incident linked, fitted to the column (a region that scrolls sideways when wider), and a column of them for a phone", async () => {
    const home = pageAt(await renderPages(SHIPPED_CONTENT), "/");
    assert.match(home, /<section class="chart-scroll is-fitted" aria-labelledby="chart-caption" tabindex="0">/);
    const [column] = svgsOf(home, "chart-column");
    assert.deepEqual(attributeValues(column, "data-incident").sort(), data.incidents.map((incident) => incident.id).sort());
    assert.match(column, /<title id="chart-column-title">Chart of the sequence: 11 incidents/);
    const [svg] = svgsOf(home, "chart");
    assert.match(svg, /<title id="chart-title">Chart of the sequence: 11 incidents, Thursday 23 March to Saturday 25 March 2023<\/title>/);
    assert.deepEqual(attributeValues(svg, "data-incident"), data.incidents.map((incident) => incident.id));
    assert.equal([...svg.matchAll(/class="chart-mark [^"]*is-disputed/g)].length, 3);
    assert.equal([...svg.matchAll(/<path class="chart-arrow /g)].length, chart.arrows.length);
  });
});

describe("the chart across a clock change", () => {
  test("draws the day the clocks go forward 23 hours long", () => {
    const zone = "Europe/London";
    const from = DateTime.fromISO("2023-03-25T12:00", { zone }).toMillis();
    const to = DateTime.fromISO("2023-03-27T12:00", { zone }).toMillis();
    const axis = makeAxis([{ from, to }], zone, { left: 0, width: 710 });
    const bands = dayBands(axis, zone);
    assert.deepEqual(bands.map((band) => band.day), ["2023-03-25", "2023-03-26", "2023-03-27"]);
    assert.equal(Math.round((bands[1].x1 - bands[1].x0) / axis.pxPerHour), 23);
    assert.equal(Math.round((bands[0].x1 - bands[0].x0) / axis.pxPerHour), 24);
  });

  test("keeps the fixture's marks on their instants across it, and a Sunday raid at 09:00 BST after the change", async () => {
    const data = await siteDataOf(fixture("views-precisions-and-dst"));
    const chart = data.views.chart!;
    const pxPerHour = chart.days[0].width / 24;
    assert.equal(Math.round(chart.days[1].width / pxPerHour), 23);
    const raid = chart.marks.find((mark) => mark.id === "2023-03-26-raid-near-oxford")!;
    // Saturday 00:00 GMT to Sunday 09:00 BST is 24 + 8 hours.
    assert.ok(Math.abs((raid.x - chart.gutter) / pxPerHour - 32) < 0.05);
    const kent = chart.marks.find((mark) => mark.id === "2023-03-26-kent-council-statement")!;
    assert.equal(kent.x0, chart.days[1].x0);
    assert.equal(kent.x1, chart.days[1].x1);
  });
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { renderToString } from "preact-render-to-string";
import { LineChart, ticks } from "./line-chart.tsx";

const render = (over: Partial<Parameters<typeof LineChart>[0]> = {}) =>
  renderToString(
    <LineChart
      id="confiance"
      title="Confiance par vague"
      description="Part des clients confiants, avec son intervalle à 95 %"
      categories={["janv. <b>", "févr.", "mars", "avr."]}
      series={[
        {
          name: "Confiance",
          values: [40, 30, null, 50],
          intervals: [[35, 45], [25, 35], null, [45, 55]],
        },
      ]}
      min={0}
      max={100}
      format={(v) => `${v} %`}
      {...over}
    />,
  );

test("a line chart is an image named by its title and description, with no inline style and no script", () => {
  const svg = render();
  assert.match(svg, /^<svg[^>]* role="img" aria-labelledby="confiance-title confiance-desc"/);
  assert.match(svg, /<title id="confiance-title">Confiance par vague<\/title>/);
  assert.doesNotMatch(svg, /style=/);
  assert.doesNotMatch(svg, /<script/);
  assert.match(svg, /janv\. &lt;b>/);
});

test("the interval is a band around the line, and a missing point breaks both", () => {
  const svg = render();
  const bands = [...svg.matchAll(/<polygon [^>]*points="([^"]+)"/g)].map((m) => m[1]!.split(" ").length);
  // Two runs with an interval: the first two points (4 corners), then the last one (2 corners).
  assert.deepEqual(bands, [4, 2]);
  const lines = [...svg.matchAll(/<polyline [^>]*points="([^"]+)"/g)].map((m) => m[1]);
  assert.equal(lines.length, 1, "a lone point has no line, only its dot");
  assert.equal([...svg.matchAll(/<circle /g)].length, 3);
  // y: 100 at the top of the plot (12), 0 at its bottom (260 − 44 = 216): 40 % is at 216 − 0.4 × 204.
  assert.match(lines[0]!, /^56\.0,134\.4 /);
});

test("the axis has round ticks; an empty chart still draws (no NaN)", () => {
  assert.deepEqual(ticks(0, 100), [0, 20, 40, 60, 80, 100]);
  assert.deepEqual(ticks(-100, 100), [-100, -50, 0, 50, 100]);
  assert.deepEqual(ticks(-20, 40), [-20, 0, 20, 40]);
  assert.deepEqual(ticks(5, 5), [5]);
  const empty = render({
    categories: [],
    series: [{ name: "Rien", values: [] }],
    min: undefined,
    max: undefined,
  });
  assert.doesNotMatch(empty, /NaN/);
  const one = render({ categories: ["mars"], series: [{ name: "Un", values: [12] }] });
  assert.doesNotMatch(one, /NaN/);
});

test("the x axis names the last point and every so many before it, never two labels on top of each other", () => {
  const months = Array.from({ length: 24 }, (_, i) => `mois ${i + 1}`);
  const svg = render({ categories: months, series: [{ name: "Confiance", values: months.map(() => 40) }] });
  const labels = [...svg.matchAll(/>(mois \d+)<\/text>/g)].map((m) => m[1]);
  assert.deepEqual(labels, ["mois 4", "mois 9", "mois 14", "mois 19", "mois 24"]);
});

import assert from "node:assert/strict";
import { test } from "node:test";
import { renderToString } from "preact-render-to-string";
import { BarChart } from "./bar-chart.tsx";

const render = (over: Partial<Parameters<typeof BarChart>[0]> = {}) =>
  renderToString(
    <BarChart
      id="delais"
      title="Délais de réponse"
      description="Médiane et 90e centile, en heures ouvrées"
      categories={["Particuliers", "Crédit immobilier <script>"]}
      series={[
        { name: "Médiane", values: [2, 4] },
        { name: "90e centile", values: [8, null] },
      ]}
      format={(v) => `${v} h`}
      {...over}
    />,
  );

test("a bar chart is an image named by its title and description, with no inline style and no script", () => {
  const svg = render();
  assert.match(svg, /^<svg[^>]* role="img" aria-labelledby="delais-title delais-desc"/);
  assert.match(svg, /<title id="delais-title">Délais de réponse<\/title>/);
  assert.match(svg, /<desc id="delais-desc">Médiane et 90e centile, en heures ouvrées<\/desc>/);
  assert.doesNotMatch(svg, /style=/);
  assert.doesNotMatch(svg, /<script/);
  assert.match(svg, /Crédit immobilier &lt;script>/);
});

test("bars are proportional to the largest value, or to the given maximum; a missing value has no bar", () => {
  const bars = (svg: string) =>
    [...svg.matchAll(/x="200" y="\d+" width="([\d.]+)" height="14"/g)].map((m) => Number(m[1]));
  const widths = bars(render());
  // Room for bars: 640 − 200 − 70 = 370; the largest value (8) fills it.
  assert.deepEqual(widths, [92.5, 370, 185, 0]);
  assert.match(render(), />—<\/text>/);
  const shares = render({ series: [{ name: "Dans les délais", values: [50, 100] }], max: 100 });
  assert.deepEqual(bars(shares), [185, 370]);
  assert.doesNotMatch(shares, /chart__bar--0" fill="#0b4f8a" x="200" y="4"/, "one series has no legend");
});

test("an empty chart still draws (no NaN), and long labels are cut with the whole label left to the table", () => {
  const empty = render({ categories: [], series: [{ name: "Rien", values: [] }] });
  assert.doesNotMatch(empty, /NaN/);
  const long = render({ categories: ["Un nom d'équipe vraiment beaucoup trop long pour la colonne"] });
  assert.match(long, /Un nom d'équipe vraiment beau…/);
});

import type { Score } from "./model.ts";

/**
 * The embeddable badge for the bank's own site: the score, the stars and the count, as SVG text
 * (no script, no outside resource). Pure; the words come translated.
 */
export function badgeSvg(
  score: Score,
  words: { title: string; score: string; count: string; none: string },
): string {
  const escaped = (text: string) =>
    text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const filled = score.average === null ? 0 : Math.round(score.average);
  const stars = [1, 2, 3, 4, 5]
    .map(
      (n) =>
        `<text x="${12 + (n - 1) * 20}" y="52" font-size="20" fill="${n <= filled ? "#b45309" : "#d1d5db"}">★</text>`,
    )
    .join("");
  const label = escaped(score.average === null ? words.none : `${words.score} · ${words.count}`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="220" height="84" viewBox="0 0 220 84" role="img" aria-label="${escaped(words.title)} — ${label}">
<title>${escaped(words.title)} — ${label}</title>
<rect width="220" height="84" rx="8" fill="#ffffff" stroke="#1f2937"/>
<text x="12" y="24" font-family="system-ui, sans-serif" font-size="14" font-weight="700" fill="#111827">${escaped(words.title)}</text>
${stars}
<text x="12" y="74" font-family="system-ui, sans-serif" font-size="13" fill="#111827">${label}</text>
</svg>`;
}

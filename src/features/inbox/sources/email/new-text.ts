/**
 * The new words of an e-mail reply, without the history mail programs quote under it: the text
 * is cut at the first line that introduces a quotation ("Le 3 mars 2025 à 10:00, … a écrit :",
 * "On … wrote:", "-----Message d'origine-----", Outlook's "De : … / Envoyé : …" block), and
 * the run of "> " lines at its end is removed. When nothing would be left, the whole text stays.
 */
const INTRODUCTIONS = [
  // With a time or an address in it: "le conseiller m'a écrit :" in a client's own words is not one.
  /^(le|on)\b(?=.*(\d{1,2}[:h]\d{2}|@)).{0,300}\b(a [ée]crit|wrote)\s*:\s*$/i,
  /^-{2,}\s*(original message|message d'origine|message original|forwarded message|message transf[ée]r[ée])\s*-{2,}/i,
];
const OUTLOOK_FROM = /^\*?(de|from)\s*:\*?\s+\S/i;
const OUTLOOK_NEXT = /^\*?(envoy[ée]|sent|date|[àa]|to|objet|subject)\s*:/i;

export function newText(text: string): string {
  const lines = text.split("\n");
  let cut = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    // Gmail folds a long "Le …, X <x@y> a écrit :" over two lines.
    const withNext = `${line} ${lines[i + 1]?.trim() ?? ""}`;
    if (
      INTRODUCTIONS.some((r) => r.test(line)) ||
      (/^(le|on)\b/i.test(line) && INTRODUCTIONS[0]!.test(withNext)) ||
      (OUTLOOK_FROM.test(line) && lines.slice(i + 1, i + 4).some((l) => OUTLOOK_NEXT.test(l.trim())))
    ) {
      cut = i;
      break;
    }
  }
  while (cut > 0 && (lines[cut - 1]!.startsWith(">") || lines[cut - 1]!.trim() === "")) cut--;
  const kept = lines.slice(0, cut).join("\n").trim();
  return kept === "" ? text : kept;
}

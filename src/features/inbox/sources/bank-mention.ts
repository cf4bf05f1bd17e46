/**
 * Whether a text names the bank: its name's words, in order, as whole words, whatever the case
 * and the accents ("banque confiance", "BANQUE CONFIANCE", "Banque Confiancé"). Pure.
 */
export function mentionsBank(text: string, bankName: string): boolean {
  const name = words(bankName);
  if (name.length === 0) return false;
  const said = words(text);
  for (let i = 0; i + name.length <= said.length; i++)
    if (name.every((word, j) => said[i + j] === word)) return true;
  return false;
}

function words(text: string): string[] {
  return (
    text
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

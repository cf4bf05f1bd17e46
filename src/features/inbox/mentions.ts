import type { Colleague } from "./colleagues.ts";

/** Compared without case or accents, as people type names in a hurry. */
const folded = (text: string) => text.normalize("NFD").replace(/\p{M}/gu, "").toLocaleLowerCase("fr");

/**
 * The colleagues a note mentions: "@Claire Martin" by full name, or "@Claire" by first name when
 * only one colleague has it. Case and accents do not matter; a name must end at a word boundary
 * ("@Clairette" is not Claire). Pure: the staff who work the inbox are passed in.
 */
export function mentionedIn(body: string, staff: readonly Colleague[]): number[] {
  const text = folded(body);
  const firstNames = new Map<string, number>();
  for (const person of staff) {
    const first = folded(person.displayName).split(/\s+/)[0]!;
    firstNames.set(first, (firstNames.get(first) ?? 0) + 1);
  }
  const mentions = (name: string) => {
    let at = text.indexOf(`@${name}`);
    while (at !== -1) {
      const next = text.charAt(at + name.length + 1);
      if (!/[\p{L}\p{N}]/u.test(next)) return true;
      at = text.indexOf(`@${name}`, at + 1);
    }
    return false;
  };
  return staff
    .filter((person) => {
      const name = folded(person.displayName);
      const first = name.split(/\s+/)[0]!;
      return mentions(name) || (firstNames.get(first) === 1 && mentions(first));
    })
    .map((person) => person.id);
}

/** The archive's messages, in French: the source of their keys. */
export const fr = {
  "archive.title": "Archive des publications de la banque",
  "archive.intro":
    "Tout ce que l'équipe a publié, modifié ou retiré en public, tel que publié, avec l'auteur, son rôle, la date et l'endroit (recommandation ACPR 2016-R-01). Personne ne peut modifier ni supprimer une entrée ; chacune est chaînée à la précédente par son empreinte.",
  "archive.verify": "Vérifier la chaîne d'intégrité de l'archive",
  "archive.chainOk":
    "La chaîne d'intégrité est intacte ({count} entrées vérifiées). Tête de chaîne : {head}. Notez-la hors de la base ; « confiance archive-verify --anchor » prouvera plus tard qu'aucune entrée n'a été retirée à la fin.",
  "archive.chainBroken":
    "La chaîne d'intégrité est rompue à l'entrée {id} : une entrée a été modifiée ou supprimée.",
  "archive.search": "Rechercher",
  "archive.words": "Mots du texte",
  "archive.author": "Auteur",
  "archive.from": "Du",
  "archive.to": "Au",
  "archive.submit": "Rechercher",
  "archive.export": "Exporter le résultat, avec la chaîne d'empreintes :",
  "archive.when": "Date",
  "archive.who": "Auteur",
  "archive.what": "Action et endroit",
  "archive.text": "Texte publié",
  "archive.older": "Entrées plus anciennes",
  "archive.action.published": "Publié",
  "archive.action.edited": "Modifié",
  "archive.action.deleted": "Retiré",
  "archive.summary":
    "Chercher et exporter tout ce que l'équipe a publié en public, avec la chaîne d'intégrité.",
  "archive.dateHint": "Au format AAAA-MM-JJ, par exemple 2026-03-12.",
} as const;

declare module "../../../platform/i18n/index.ts" {
  interface Messages extends Record<keyof typeof fr, string> {}
}

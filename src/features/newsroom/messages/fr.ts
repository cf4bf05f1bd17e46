/** The newsroom's messages, in French: the source of their keys. */
export const fr = {
  "newsroom.title": "Actualités",
  "newsroom.lead":
    "Ce que la banque change, explique ou corrige, écrit simplement. Chaque article est ouvert aux commentaires, et l'équipe y répond.",
  "newsroom.empty": "Aucun article pour le moment.",
  "newsroom.new": "Écrire un article",
  "newsroom.edit": "Modifier l'article",
  "newsroom.updated": "mis à jour le",
  "newsroom.comments": "Commentaires : {count}",
  "newsroom.allComments": "Lire tous les commentaires dans la communauté",
  "newsroom.comment.label": "Votre commentaire",
  "newsroom.comment.submit": "Publier le commentaire",
  "newsroom.comment.signIn": "Connectez-vous pour commenter",
  "newsroom.form.intro":
    "Écrivez comme vous parleriez à un client : des phrases courtes, ce qui change pour lui, et quoi faire. Le texte est publié dès l'envoi et chaque version est gardée dans le journal.",
  "newsroom.form.submit": "Publier",
  "newsroom.field.excerpt": "Chapeau",
  "newsroom.field.excerptHint":
    "Une ou deux phrases qui résument l'article ({min} à {max} caractères). Elles apparaissent dans la liste et les flux.",
  "newsroom.field.body": "Texte de l'article",
  "newsroom.field.cover": "Image de couverture (facultative)",
  "newsroom.field.coverHint": "PNG, JPEG ou WebP, 600 pixels de large au moins, 2 Mo au plus.",
  "newsroom.field.coverKeep":
    "Une image est déjà en place. Choisissez un fichier seulement pour la remplacer.",
  "newsroom.field.coverAlt": "Description de l'image",
  "newsroom.field.coverAltHint":
    "Ce que montre l'image, pour les personnes qui ne la voient pas. Obligatoire avec une image.",
  "newsroom.title.missing": "Indiquez un titre.",
  "newsroom.excerpt.tooShort": "Le chapeau est trop court : écrivez au moins 20 caractères.",
  "newsroom.excerpt.tooLong": "Le chapeau est trop long : 300 caractères au plus.",
  "newsroom.cover.missing": "Le fichier de l'image est vide. Choisissez-en un autre.",
  "newsroom.cover.tooLarge": "L'image dépasse 2 Mo. Réduisez-la puis envoyez-la de nouveau.",
  "newsroom.cover.tooSmall": "L'image est trop petite : 600 pixels de large au moins.",
  "newsroom.cover.notAnImage": "Ce fichier n'est pas une image PNG, JPEG ou WebP.",
  "newsroom.cover.tooManyPixels":
    "L'image est trop grande : 8 000 pixels de côté et 40 millions de pixels au plus. Réduisez-la puis envoyez-la de nouveau.",
  "newsroom.cover.altMissing": "Décrivez l'image en quelques mots (5 caractères au moins).",
} as const;

declare module "../../../platform/i18n/index.ts" {
  interface Messages extends Record<keyof typeof fr, string> {}
}

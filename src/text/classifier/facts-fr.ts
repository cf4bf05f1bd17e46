import { cue, type Facts, phrase } from "./lexicon.ts";

/** An event the bank owed and that did not happen: arrived, received, credited, answered, fixed… */
const OWED =
  "(?:arrive\\w*|recu\\w*|recoi\\w*|parvenu\\w*|credite\\w*|apparu\\w*|apparai\\w*|traite\\w*|debloque\\w*|cloture\\w*|rembourse\\w*|livre\\w*|venu\\w*|verse\\w*|execute\\w*|effectue\\w*|transfere\\w*|rendu\\w*|rappele\\w*|rappelle\\w*|repond\\w*|donne\\w*|fonctionn\\w*|march\\w*|corrige\\w*|rectifie\\w*|regularise\\w*|resolu\\w*|regle\\w*|annule\\w*|pris en compte)";
const TIME =
  "(?:\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|plusieurs) (?:jours?|semaines?|mois|ans|heures?|h|j)";
const BANK =
  "(?:on|vous|la banque|l agence|votre \\w+|le conseiller|la conseillere|mon conseiller|ma conseillere|le service \\w+|le distributeur|le dab|l appli|l application|le site)";

/**
 * French facts of dissatisfaction: something went wrong *for the client* ("on m'a prélevé deux
 * fois", "il n'est toujours pas arrivé", "personne ne me rappelle"), told without a single
 * emotional word. And the frames that make a problem a question ("que faire si…").
 */
export const FRENCH_FACTS: Facts = {
  adverse: [
    // Owed and not done: "n'est toujours pas arrivé", "ne me rappelle jamais", "jamais reçu".
    cue(
      `(?:ne|n) (?:\\w+ ){0,3}?(?:pas(?! encore)|jamais|plus|toujours pas|rien) (?:\\w+ ){0,2}?${OWED}(?! a | (?:\\w+ )?(?:a|de|d) (?:me|m|le|la|les|trouver|faire))|(?:ne|n) (?:m |me |l |les |nous |la |le )?${OWED} (?:toujours |jamais|plus|pas|rien)(?! (?:\\w+ )?(?:a|de|d) )|(?:jamais|toujours pas|toujours rien) ${OWED}|(?:marche|fonctionne|passe) plus`,
      1.5,
    ),
    // Twice, again, anyway: "prélevé deux fois", "on me prélève encore", "débités quand même".
    cue(
      "(?:preleve\\w*|prelev\\w*|debite\\w*|facture\\w*|paye\\w*|compte\\w*|encaisse\\w*|apparai\\w*|passe\\w*|retire\\w*) (?:\\w+ ){0,4}?(?:deux|2|trois|3|quatre|4) fois(?! par)|(?:deux|2|trois|3) (?:prelevements|debits|paiements|operations|virements|lignes|transactions|retraits) (?:identiques|pour le meme|pour la meme|du meme|de la meme)|en double|doublon\\w*|(?:prelev\\w*|debit\\w*|factur\\w*) (?:\\w+ ){0,3}?(?:encore|toujours|quand meme)|(?:quand meme|bien ete|pourtant) (?:\\w+ ){0,2}?(?:debite\\w*|preleve\\w*|quitte|parti\\w*|retire\\w*|encaisse\\w*)|(?:frais|prelevements?|debits?) (?:\\w+ )?(?:continu\\w*|se poursuiv\\w*)",
      1.8,
    ),
    // Wrong: "il manque 60 €", "ne correspond pas", "le relevé d'une autre cliente", "par erreur".
    cue(
      "il manque|manquant\\w*|ne correspond (?:pas|plus|a rien)|au lieu de|(?:est|sont|etait|affiche|affiches?) (?:\\w+ )?(?:faux|fausse|errone\\w*|incorrect\\w*)|(?:faux|fausse|errone\\w*) depuis|d une autre (?:personne|cliente?|compte)|(?:de|a|par) quelqu un d autre|par erreur|a tort|par hasard|je l ai (?:appris|decouvert)",
      1.5,
    ),
    // Done to the client without asking: "sans qu'on me prévienne", "que je n'ai jamais demandé".
    cue(
      "sans (?:me |m |nous )(?:demander|consulter|expliquer|informer|prevenir|avertir|dire)|(?:ne|n) (?:\\w+ )?(?:permet|propose|est) plus|on ne peut plus|sans (?:qu on|que vous|que personne|que la banque|preavis|aucun|me demander|me consulter|mon consentement|nous prevenir)|(?:que|dont) (?:je|j|nous) (?:ne |n )?(?:\\w+ )?(?:ai|avons|avais|avions) (?:jamais|pas|aucunement) (?:\\w+ )?(?:demande\\w*|effectue\\w*|fait\\w*|autorise\\w*|signe\\w*|souscrit\\w*|commande\\w*|valide\\w*|besoin)",
      1.8,
    ),
    // The bank did it to the client: "on m'a bloqué", "vous avez clôturé", "a été avalée".
    cue(
      `${BANK} (?:m |me |nous |l |les )?(?:a|ont|avez|avait|aviez|avaient|ma) (?:\\w+ )?(?:bloque\\w*|cloture\\w*|ferme\\w*|refuse\\w*|rejete\\w*|supprime\\w*|resilie\\w*|perdu\\w*|egare\\w*|oublie\\w*|augmente\\w*|baisse\\w*|facture\\w*|preleve\\w*|debite\\w*|fait (?:payer|revenir|attendre|deplacer)|renvoye\\w*|redemande\\w*|ignore\\w*|raccroche\\w*)|(?:a|ont|avait|avaient) ete (?:\\w+ )?(?:bloque\\w*|refuse\\w*|rejete\\w*|cloture\\w*|resilie\\w*|annule\\w*|perdu\\w*|egare\\w*|avale\\w*|garde\\w*|baisse\\w*|augmente\\w*|utilise\\w* par|supprime\\w*|double\\w*)|(?:a|ont) (?:double|triple|explose|augmente de)|(?:accorde\\w*|valide\\w*|accepte\\w*) puis|puis (?:refuse\\w*|rejete\\w*|annule\\w*|plus rien|bloque\\w*)|refus\\w* (?:de |d )?(?:me |nous )?(?:rembourser|payer|debloquer|ouvrir|accorder|prendre)`,
      1.2,
    ),
    // Nobody, no news, nowhere: "personne ne me rappelle", "aucune nouvelle", "sonne dans le vide".
    cue(
      "personne (?:ne|n)|aucune nouvelle|plus (?:de |d )?(?:aucun )?(?:interlocuteur|conseiller|contact|nouvelles)|n (?:ai|avons) plus (?:de |d |aucun )?(?:interlocuteur|conseiller|contact|nouvelles)|dans le vide|ni aux|ni au|d un interlocuteur a l autre|inutilisable\\w*|toutes les (?:\\d+ |deux |cinq |dix )?(?:minutes|secondes|heures)|(?:je|on|nous) (?:ne |n )?(?:peux|peut|pouvons) (?:plus|pas|rien) (?:rien )?(?:faire|payer|retirer|valider|acceder|utiliser|me connecter|consulter)|sans pouvoir|je me suis retrouve\\w*|a la caisse|j ai (?:perdu|rate|du (?:payer|emprunter|annuler|avancer)) (?:mes|mon|ma|les|la|le)(?! (?:carte|cb|portefeuille|code|chequier|telephone|sac))|(?:etait|etaient|est restee?|a ete) fermee?s?|encore (?:\\S+ ){0,3}?(?:frais|erreur|panne|bug|prelevement)|risque (?:de |d )(?:perdre|etre annule\\w*)|(?:c|c est) quoi ce|quel (?:cirque|bazar)",
      1.5,
    ),
    // Time gone since the client asked: "cela fait 4 mois que j'ai demandé", "nous sommes vendredi".
    cue(
      `(?:depuis|ca fait|cela fait|il y a) ${TIME} (?:que )?(?:j ai|nous avons|je|on m a|j avais) (?:\\w+ )?(?:demande\\w*|envoye\\w*|fait|depose\\w*|signale\\w*|transmis|commande\\w*|sollicite\\w*|relance\\w*|attends|attend)|${TIME} que (?:j attends|nous attendons|j ai (?:demande|envoye|signale|commande))|(?:nous sommes|on est) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|le \\d+)|a ce jour|(?:demande|dossier|commande)\\w* (?:\\w+ ){0,3}?(?:depose\\w*|envoye\\w*|transmis\\w*) (?:le \\d+|il y a)`,
      1.2,
    ),
    // Asking the bank to put it right: "merci de rectifier", "je demande le remboursement".
    cue(
      "(?:merci de|veuillez|je vous (?:prie|demande) de|je vous remercie de) (?:bien vouloir )?(?:rectifier|corriger|regulariser|me rembourser|rembourser|annuler|faire le necessaire|recrediter)|je (?:vous )?(?:demande|sollicite|exige) (?:le remboursement|la correction|la regularisation|de rectifier|de corriger|de me rembourser|l annulation)",
      1.8,
    ),
  ],
  settled: [
    cue(
      "(?:a|ont|avez|avons) (?:bien |deja |enfin )?ete (?:bien |deja )?(?:rembourse|recredite|corrige|regularise|annule)\\w*|(?:probleme|souci|dossier|incident)s? (?:est |a ete |sont )?(?:bien |enfin |deja )?(?:regle|resolu|clos|corrige)\\w*|c est (?:regle|resolu|rentre dans l ordre)",
      1.8,
    ),
  ],
  hypothetical: [
    phrase(
      "que faire|quoi faire|que dois je faire|que se passe t il|qu est ce qui se passe|qu advient il|au cas ou|en cas (?:de|d)|si (?:je|j|ma|mon|mes|on|le|la|les|un|une|il|elle|jamais)|comment (?:faire|contester|signaler|declarer|bloquer|commander|obtenir|activer|savoir|en|le|la|les|me|m|puis je|dois je|peut on|proceder)|je fais comment|est ce normal|est il normal|c est normal|est il possible|est ce possible qu",
    ),
  ],
};

import { cue, type Lexicon, phrase, start } from "./lexicon.ts";

/** French: what clients of a French bank write, in full and in SMS spelling (normalised). */
export const FRENCH: Lexicon = {
  strongPositive: `excellent* parfait* genial* geniaux formidable* fantastique* magnifique* merveille* merveilleu*
    impeccable* nickel bravo felicit* chapeau extraordinaire* exceptionnel* remarquable* ravi ravie ravis
    adore adorons adorent top toppissime irreprochable* sublime* meilleure meilleur`,
  positive: `belle beau beaux belles super merci remerci* satisf* content contente contents contentes heureu*
    agreable* sympa* aimable* gentil* courtois* poli polie professionnel professionnelle professionnalisme competen* efficace* efficacite
    rapide* reactif* reactive* reactivite disponible* attentif* attentive* clair claire claires clairs
    simple simples simplement facile* facilement pratique* fluide* intuiti* utile utiles precieu* fiable* fiabilite
    serieu* rassur* soulag* confiance recommande recommander recommandons apprecie* plaisir chouette cool
    extra aime aimons qualite avantageu* avantage* reconnaissan* chaleureu* comprehensi* souriant*
    accueillant* bienveillan* fidele* reussi* resolu resolue resolus regle reglee debloque debloquee patient patiente patience ecoute
    bravo enchante* encourag* agreablement rapidite transparent* transparence arrange*
    felicite* prompt* diligent* pro top`,
  mildPositive: `bien bon bonne bons bonnes correct correcte correctement ameliore* amelioration* progres gratuit* gratuite enfin ok okay
    acceptable normal normale normalement fonctionne fonctionnent marche marchent rembourse remboursee
    credite creditee recu recue arrive arrivee interessant* pratique`,
  strongNegative: `inadmissible* inacceptable* scandal* honteu* honte lamentable* catastroph* pitoyable* minable*
    intolerable* deplorable* desesper* revoltant* horrible* cauchemar* merde* merdique* arnaque* arnaqueur* escroc*
    escroquerie* voleur* voleuse* voyou* pire nul nulle nuls nulles pourri pourrie pourris pourries pourriture exaspere* exasperant* furieu*
    degoute* degoutant* ecoeur* desastr* indigne* indignation inqualifiable* abject* execrable* odieu*
    insupportable* infernal* calvaire enfer rage enrage* outre* mepris meprisant* irrespectueu* incompeten*
    bordel foutoir putain`,
  negative: `epuisant* usant incompatible* failli douter probleme* souci soucis erreur* bug bugs bugue* plante plantee plantage panne pannes lent lente lents lentes
    lenteur* retard* bloque bloquee bloques bloquees blocage* refus refuse refusee refuses refusees rejet*
    rejete* perdu perdue perdus perte* vol vole volee fraude* frauduleu* pirat* difficile* difficulte*
    complique* penible* galere* embet* ennui* desagreable* decevant* decu decue decus decues deception*
    mecontent* insatisf* inquiet* inquietude* stress* angoiss* peur colere enerv* agace* agacant* irrit*
    frustr* fatigu* lasse lassitude marre deplor* regrett* dommage triste* mauvais* mal mediocre* faible*
    insuffisan* incapable* negligen* impoli* malpoli* agressi* arrogan* hautain* condescend* ignore ignores
    ignoree oublie oubliee oublies abandonn* injust* injustifi* abusi* exorbitant* excessi* cher chere chers
    cheres trompe* tromperie* mensong* menteu* menti faux fausse fausses incorrect* inexact* incomprehensi*
    incoheren* absurde* ridicule* choquant* choque choquee stupefait* sidere* hallucinant* indecent* injoignable*
    introuvable* inaccessible* indisponible* impossible* inutile* inefficace* desorganis* bazar pagaille amateur*
    amateurisme bricol* moque moquez moquer foutez fichez louche* suspect* douteu* opaque* piege* prejudice*
    penalis* harcel* litige* conflit* dysfonctionn* defaillan* interminable* eternite malheureusement
    helas facheu* malheureu* naze nase craint galerer relance relances relancer relancee reclamation* plainte*
    contestation* conteste contester deteste* hais haine insulte* irrespect* perturb* desastre* pertes impaye*
    rejetee rejetes chaotique* grr grrr pfff pff pfiou bof incomprehension* deraisonnable* disproportionne*
    aberrant* invraisemblable* lourd lourde lourdeur* ras`,
  mildNegative: `frais agios attente attendre attends attendu long longue longtemps complexe cout couteu* hausse
    augmentation* commission* cotisation* penalite* decouvert desole desolee dommages annule annulee
    annulation* surpris* etonne* etonnant* bizarre* etrange* inhabituel* compliquee flou floue`,
  expected: `recu recue recus recues recevoir recois reception repondu repond repondent repondez reponse reponses
    retour retours nouvelles rembourse remboursee rembourses remboursement credite creditee traite traitee
    traitement fonctionne fonctionnent marche marchent arrive arrivee arrives rappele rappelee rappelle
    rappel resolu resolue regle reglee debloque debloquee abouti passe passee valide validee pris prise
    explication explications solution solutions aide aider joindre joignable contacte informe informee
    prevenu prevenue averti suivi suite respecte respectee tenu tenue livre livree envoye envoyee parvenu
    parvenue normal normale clair claire possible acceptable serieux professionnel efficace considere
    considerer ecoute rendu geste`,
  negators: "ne n pas jamais rien aucun aucune aucunement ni sans non guere nullement",
  intensifiers: `tres vraiment trop extremement tellement totalement completement absolument hyper ultra super
    franchement particulierement carrement vachement profondement terriblement hautement archi serieusement
    incroyablement si fort grave tout`,
  diminishers: "peu legerement plutot assez relativement moyennement quelque",
  complaint: [
    cue(
      "toujours (?:pas|rien|aucun|aucune|sans|en attente|bloque|bloquee|le meme|la meme|impossible|rien recu|preleve\\w*|facture\\w*|debite\\w*|en panne|hors service|inaccessible|refuse\\w*)",
      2,
    ),
    cue(
      "(?:a cause de|par la faute de) (?:vous|votre|vos|la banque|l agence)|(?:de|par) votre (?:faute|erreur|negligence)|c est votre (?:faute|erreur|probleme)|(?:vous )?(?:vous )?en (?:fichez|foutez|moquez)|vous plaisantez|c est une blague|on croit rever|je reve|je m en souviendrai|vous m avez perdu|perdre patience|je perds patience|mal (?:recu|recue|accueilli|accueillie|traite|traitee|conseille|conseillee|informe|informee|servi)",
      1.5,
    ),
    cue(
      "hors service|en panne|inaccessible|indisponible|ne (?:marche|marchent|fonctionne|fonctionnent|passe|passent) (?:plus|pas|jamais|toujours pas)|impossible (?:de|d) \\w+|tout le temps|sans arret|sans cesse|systematiquement|en permanence|reglez (?:ca|le probleme)|alors que|encore (?:un|une) (?:erreur|paiement|probleme|refus|bug|panne|fois|prelevement|incident)|depuis (?:hier|ce matin|lundi|mardi|mercredi|jeudi|vendredi|samedi|le \\d+|des semaines|des mois|longtemps|le debut)",
      1,
    ),
    cue(
      "je (?:n accepte|refuse d accepter) pas|je n accepte|inacceptable|menac\\w* de (?:partir|quitter|cloturer|changer)|daign\\w*|publicite (?:mensongere|trompeuse)|sans (?:jamais|me) (?:parler|mentionner|prevenir|expliquer|informer|dire)|(?:ne|n) (?:m|nous) (?:a|ont|avez|aviez) jamais (?:dit|informe|prevenu|explique|parle)|(?:a|ont|avez) perdu (?:mon|ma|mes)|apres (?:\\d+|dix|quinze|vingt|trente) ans de fidelite|client depuis (?:\\d+|dix|quinze|vingt|trente) ans|redemand\\w*|je (?:vous )?(?:demande|exige|reclame) (?:de |d |une explication|des explications|un remboursement|le remboursement|la suppression|l annulation|reparation|des comptes)|(?:pouvez vous|pourriez vous|allez vous|vous allez|vas tu|veuillez) enfin|enfin (?:traiter|repondre|me repondre|faire|regler|debloquer)|arretez|cessez|stop|facture\\w* toujours|toujours factur\\w*|(?:ne|n) (?:pouvez|peut|peuvent|pourrez|pourra) rien|ne fait rien|ne faites rien",
      1.5,
    ),
    cue(
      "(?:pas|aucun|aucune|zero|sans) (?:de |d )?(?:reponse|retour|nouvelles|solution|explication|suivi|suite|rappel|excuses?|geste)",
      1.5,
    ),
    cue(
      "(?:depuis|ca fait|cela fait|voila|plus de|pendant|au bout de) (?:plus de |bientot |presque |pres de |deja )?(?:\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|plusieurs|des|de longues) (?:jours?|semaines?|mois|ans|annees|heures|h|j)",
      1,
    ),
    cue(
      "(?:\\d+|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|plusieurs) (?:jours?|semaines?|mois|heures?|h|j) (?:d attente|sans|pour (?:un|une|avoir|recevoir|obtenir|traiter|debloquer|rembourser)|que j attends|a attendre|apres|plus tard|de retard|de galere|et toujours|et rien|et pas)",
      1,
    ),
    cue(
      "(?:deuxieme|troisieme|quatrieme|cinquieme|sixieme|septieme|dixieme|enieme|nieme|ixieme) fois|(?:\\d+|deux|trois|quatre|cinq|six|dix|n)(?:e|eme|ieme)? (?:fois|appels|mails|courriers|relances|lettres)|encore une fois|une fois de plus|pour la (?:\\w+) fois|a chaque fois|maintes fois|x fois|a plusieurs reprises|de nombreuses reprises|plusieurs fois",
      1.5,
    ),
    cue("relance\\w*|malgre (?:mes|nos|plusieurs|de nombreux|de nombreuses|les|mon|ma)", 1.5),
    cue(
      "(?:changer|changerai|change|changeons|quitter|quitterai|quitte) (?:de |d )?(?:banque|etablissement|crèmerie|cremerie)|(?:cloturer|fermer|cloture|ferme|fermerai|cloturerai) (?:mon|mes|tous mes|le|les) comptes?|(?:aller|partir|passer) (?:a|chez) (?:la concurrence|une autre banque|une banque en ligne|boursorama|fortuneo|revolut)|perdez un client|perdre un client|dernier client|plus jamais",
      2.5,
    ),
    cue(
      "mediateur|mediation|acpr|banque de france|avocat|tribunal|justice|porter plainte|poursuites?|60 millions|ufc|que choisir|association de consommateurs|huissier|signal conso|signalconso|reseaux sociaux",
      2,
    ),
    cue(
      "reclamation|je conteste|contester|contestation|(?:j |je )(?:exige|demande|veux) (?:le |un |mon |d etre )?rembours\\w*|remboursez|rendez moi|exige|exigeons|dedommag\\w*|indemnis\\w*|compensation|geste commercial",
      1.5,
    ),
    cue(
      "frais (?:injustifies|abusifs|exorbitants|excessifs|indus|non justifies|caches|de rejet|d incident|incomprehensibles|inexpliques|bancaires abusifs|scandaleux|en plus)|on m a (?:preleve|facture|debite|compte|retire|cloture|ferme|bloque|refuse|raccroche)|(?:preleve|facture|debite|facturee?s?|debitee?s?) (?:sans|deux fois|2 fois|a tort|par erreur)|(?:double|deux) (?:prelevements?|debits?|facturations?)|(?:deux|2) fois le meme",
      1.8,
    ),
    cue(
      "personne ne (?:repond|rappelle|decroche|me repond|nous repond|s occupe|prend|m a|sait)|injoignable|impossible (?:de |d )(?:vous |les |le |la )?(?:joindre|avoir|parler|obtenir|contacter|retirer|payer|acceder|se connecter|me connecter)|on me (?:balade|renvoie|raccroche|dit|repond)|ballot\\w*|balade\\w*|de service en service|raccroche au nez",
      1.8,
    ),
    cue(
      "n importe quoi|se (?:moque|fiche|fout|foutent|moquent) (?:de |du |des )|vous (?:moquez|fichez|foutez)|prend(?:re|s|ent)? (?:les|des|vos) clients? pour|ras le bol|j en ai marre|j en ai assez|en ai ras|c est fini|c est abuse|abuse|c est du vol|du vol|vol pur|pris en otage|otage",
      2,
    ),
    cue(
      "(?:c est|ce n est|ce est|est) pas normal|pas normal|anormal\\w*|comment est ce possible|comment c est possible|inexplicable|je ne (?:comprends|comprend) (?:pas|toujours pas|vraiment pas) (?:pourquoi|comment)|sans (?:explication|raison|motif|justification|prevenir|avertissement|mon accord|mon autorisation|aucune)",
      1.5,
    ),
    cue(
      "(?:decu|decue|decus|decues|deception|mecontent\\w*|insatisf\\w*|(?:pas|plus|jamais) (?:du tout |vraiment |tres |tellement |trop )?(?:satisf\\w*|content\\w*|ravi\\w*))",
      1.5,
    ),
    cue(
      "(?:ne|n) (?:comprend|comprends|sert|servent|marche|marchent|fonctionne|fonctionnent) (?:a )?rien|aucun moyen|aucune (?:possibilite|consideration|reconnaissance|empathie)|ne fait rien|ne font rien|rien n est fait|rien ne (?:bouge|change|avance|marche|fonctionne)|n avance pas",
      1.5,
    ),
    cue(
      "(?:erreur|faute|negligence) (?:de|du|des) (?:votre|vos|la banque|l agence|la banque|conseiller|service)|vous (?:vous etes trompes|avez fait une erreur|avez oublie|avez perdu|avez bloque|avez refuse|avez cloture|n avez (?:pas|jamais|toujours pas)|ne (?:m|me) (?:avez|repondez|rappelez))|vos services (?:ne|n)|votre (?:service|conseiller|conseillere|agence|appli|application|site|banque) (?:est|ne|n|a|m)",
      1,
    ),
    cue(
      "j attends (?:toujours|encore|depuis|une reponse|votre reponse|mon|ma|mes|des explications|des excuses|un geste|un remboursement|vos explications)|j attend (?:toujours|encore|depuis)|en attente depuis|toujours en attente|attente interminable|on attend toujours|nous attendons toujours",
      1.8,
    ),
    cue(
      "(?:on|vous|il|elle|mon conseiller|ma conseillere) m (?:avait|a|aviez|avez) (?:promis|assure|garanti|dit que)|promesses?|promis",
      1,
    ),
    cue(
      "a la hauteur|au niveau|digne d une banque|en (?:dessous|deca) de|pire banque|pire service|service client (?:deplorable|nul|inexistant|catastrophique|lamentable|absent|aux abonnes absents)|aux abonnes absents|inexistant\\w*|jamais vu ca|du jamais vu",
      1.5,
    ),
    cue(
      "je regrette|regrette d avoir|je le regrette|j ai honte|quelle honte|c est une honte|bonjour la|alors la|serieusement|franchement",
      0.8,
    ),
    cue(
      "erreur|bug|plante|panne|bloque|bloquee|refuse|refusee|rejete|rejetee|annule sans|disparu|disparue|toujours bloque",
      0.6,
    ),
    cue(
      "(?:ce n est|c est|n est|est) (?:pas|plus) (?:possible|acceptable|serieux|professionnel|tolerable|admissible|correct)",
      1.5,
    ),
  ],
  request: [
    start(
      "(?:bonjour |bonsoir |salut |hello |coucou |madame |monsieur |a tous |tout le monde )*(?:comment|quel|quels|quelle|quelles|est ce qu|est ce que|est il possible|serait il possible|peut on|puis je|peux je|pouvez vous|pourriez vous|savez vous|ou|combien|a quelle|qui|quand|existe t il|y a t il|faut il|dois je|doit on|sait on)",
      1,
    ),
    cue(
      "(?:je |j |nous )(?:voudrais|voudrions|souhaiterais|souhaite|souhaitons|aimerais|aimerions|veux|cherche|recherche) (?:savoir|connaitre|ouvrir|obtenir|souscrire|prendre|faire|modifier|changer|activer|commander|augmenter|avoir|recevoir|demander|un|une|des|le|la|les|mettre|me renseigner|prendre rendez vous|transferer|epargner|placer|investir|prevoir|passer)",
      1,
    ),
    cue(
      "(?:pouvez|pourriez|pourrais|peux|pourrait) (?:vous |tu |on )?(?:m |me |nous )?(?:indiquer|dire|expliquer|envoyer|aider|confirmer|renseigner|conseiller|orienter|preciser|communiquer|transmettre|rappeler)",
      1,
    ),
    cue(
      "quelqu un (?:sait|a|peut|connait|aurait)|des conseils|un conseil|vos conseils|votre avis|vos avis|avis sur|vous recommandez|que recommandez|que me conseillez|qu en pensez|vaut il mieux|vaut mieux|des idees|une idee",
      1,
    ),
    cue(
      "(?:une |des |plus d )?(?:information|informations|infos|info|renseignement|renseignements|precision|precisions)(?: sur| concernant| pour)?|petite question|une question|question|je me demandais|je me demande|savoir si",
      0.8,
    ),
    cue(
      "merci (?:d avance|par avance|de me (?:dire|repondre|indiquer|renseigner|tenir))|je vous remercie (?:par avance|d avance)",
      0.4,
    ),
    cue(
      "juste (?:savoir|une question|pour savoir|vous demander|demander)|simple question|par curiosite",
      1.5,
    ),
    cue("(?:pas|rien) encore", 0.8),
  ],
  ironicPraise: [
    cue(
      "bravo|felicitations|chapeau|merci beaucoup|merci bien|super|genial|top|parfait|formidable|fantastique|excellent|trop fort|quel(?:le)? (?:super|beau|belle|bel|excellent|excellente|bon|bonne|rapidite|efficacite|professionnalisme|reactivite|service|serieux|qualite)|j adore (?:quand|comment|le fait|qu|attendre|payer)|vraiment top|c est beau",
      1,
    ),
  ],
  sarcasm: [
    cue(
      "merci pour rien|merci de rien|merci du cadeau|merci pour (?:ce|cet|cette|le) (?:super |magnifique |beau |excellent )?(?:cadeau|service|accueil|mepris)|merci (?:de|d) (?:m |nous )?(?:avoir )?(?:laisse|laisses|faire attendre|fait attendre|raccroche|bloque|bloquer|oublie|ignore|balade|prelever|facturer|avoir prelev\\w*|avoir factur\\w*)|(?:service|conseil|accueil|banque) (?:au top|5 etoiles|cinq etoiles) (?:\\w+ ){0,6}(?:pas|jamais|rien|attente)",
      2.5,
    ),
  ],
  courtesy: [
    phrase(
      "merci (?:d avance|par avance|de votre (?:retour|reponse|aide|attention|comprehension)|pour votre (?:retour|reponse|attention|comprehension))",
    ),
    phrase("je vous remercie (?:par avance|d avance|de votre (?:retour|reponse|attention))"),
    phrase(
      "bonne (?:journee|soiree|fin de journee|continuation|semaine|fin de semaine)|cordialement|bien cordialement|bien a vous|salutations|sinceres salutations|meilleures salutations|salutations distinguees",
    ),
    phrase("bonjour|bonsoir|salut|coucou|madame|monsieur|s il vous plait|s il te plait|svp|stp"),
  ],
  payment: [
    phrase(
      "cartes? (?:bancaires?|bleues?|visa|mastercard|de (?:paiement|credit|debit|retrait)|premier|gold|infinite|platinum|ultim|virtuelles?|a debit differe)|cb|carte|cartes|visa|mastercard|american express|amex",
    ),
    phrase(
      "sans contact|paiements?|achats?|pre autorisation|(?:j ai|nous avons|je) paye\\w* (?:\\d+\\w*|en|par|avec|chez|sur)|debite\\w* (?:de )?\\d+\\w*|payer (?:par|avec|en) (?:carte|cb|telephone|mobile|sans contact)|paye (?:par|avec|en) carte|terminal de paiement|tpe|3d ?secure|3ds|cryptogramme|code (?:pin|confidentiel|secret)|code de (?:la )?carte|plafond (?:de |du )?(?:paiement|retrait|carte|virement)",
    ),
    phrase(
      "preleve|prelevee|preleves|prelevees|virements?|vir|sepa|instantanes?|beneficiaires?|ajout d un beneficiaire|ordre de virement|virement permanent|transfert d argent|envoyer de l argent",
    ),
    phrase(
      "prelevements?|prelev\\w* (?:sepa|automatique)|mandats? (?:sepa|de prelevement)|mandat|creancier|autorisation de prelevement|rejet de prelevement|prelevement rejete",
    ),
    phrase(
      "retraits?|retirer (?:de l argent|des especes|du liquide|de l especes|\\d+)|retire (?:de l argent|des especes|\\d+)|dab|gab|distributeurs?(?: automatique)?(?: de billets)?|billets|carte avalee|carte capturee|depot d especes|deposer des especes|verser des especes",
    ),
    phrase(
      "apple pay|google pay|samsung pay|paylib|wero|garmin pay|paypal|lydia|paiement mobile|payer avec (?:mon|le) telephone",
    ),
    phrase(
      "fraude|frauduleu\\w*|fraudeur\\w*|piratage|pirate|piratee|usurpation|phishing|hameconnage|arnaque au (?:faux )?conseiller|(?:debits?|operations?|paiements?|achats?|transactions?|prelevements?) (?:inconnus?|inconnues?|suspects?|suspectes?|non autorises?|non autorisees?|frauduleux|frauduleuses?|que je n ai pas)|(?:je|j) n ai (?:jamais |pas )?(?:effectue|fait|autorise|realise)\\w*|conteste\\w* (?:l |une |cette |la |le )?(?:operation|debit)|opposition|faire opposition|mettre (?:ma|la) carte en opposition|transactions?",
    ),
  ],
  notPayment: [
    phrase(
      "(?:assurance|garantie)s? (?:des )?moyens de paiement|(?:assurance|garantie)s? (?:de |des )?(?:ma |la |mes |votre )?cartes?|achats? (?:immobiliers?|d un bien|de (?:la |ma |notre |mon |sa )?(?:maison|appartement|logement|voiture|terrain))|(?:carte de )?credit renouvelable|cartes? (?:grise|grises|vitale|d identite|identite|de fidelite|sim|cadeau|de visite|d electeur|de sejour|de membre|mere|postale|de voeux|graphique)",
    ),
    phrase(
      "(?:preleve|debite)\\w* (?:de |des |d )?(?:\\d+ (?:e |eur |euros? )?(?:de )?)?(?:frais|agios|cotisations?|commissions?|interets)|prelev\\w* (?:encore |toujours )?(?:les |la |mes |ma |des )?(?:mensualites?|echeances?|cotisations?|primes?)|(?:assurance|contrat|pret|credit)\\w* (?:\\w+ ){0,3}?(?:resilie|rembourse|cloture|termine|solde)\\w* (?:\\w+ ){0,6}?(?:toujours|encore) (?:\\w+ )?prelev\\w*|opposition (?:sur|a|au|d un|de) (?:un |le |mon |ce |mes )?cheques?|cheque \\w* opposition",
    ),
    phrase(
      "retraits? (?:de|du) (?:mon|ma|la|le) (?:plainte|dossier|candidature|permis)|paiement (?:des|de mes|du|de mon) (?:impots|loyer)",
    ),
  ],
};

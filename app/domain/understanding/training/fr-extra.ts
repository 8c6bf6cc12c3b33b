import type { Intent } from "../types";
import { lines } from "./lines";

// Third French batch: how shoppers really type (no accents, typos, run-on sentences, one-word messages),
// with extra weight on the intents that must reach a person.
export const frExtra: Partial<Record<Intent, string[]>> = {
  order_status: lines(`
    ou est ma commande
    je n'ai toujours rien recu
    ca fait deux semaines que j'attends mon colis
    ma commande est toujours en preparation
    le suivi ne bouge plus depuis 5 jours
    on m'avait dit livraison hier et rien
    quand part ma commande
    commande 4471 elle en est ou
    je trouve pas le numero de suivi
    le colis est marque livre mais je l'ai pas
    il reste combien de temps avant la livraison
    vous avez expedie mon colis
    statut de ma commande svp
    le transporteur ne trouve pas mon colis
    j'ai commande vendredi je le recois quand
    j'attends toujours ma livraison
    le suivi indique en transit depuis une semaine
    vous pouvez me confirmer que ma commande est partie
    toujours pas recu ma commande passee il y a 10 jours
    je voudrais connaitre la date de livraison de ma commande
  `),
  shipping_info: lines(`
    combien coute la livraison
    vous livrez en suisse
    vous livrez a la reunion
    combien de temps pour lyon
    a partir de combien la livraison est gratuite
    vous avez la livraison express
    frais de port pour la belgique
    je peux retirer en magasin
    vous passez par quel transporteur
    vous envoyez hors de l'europe
    livraison offerte
    combien de jours pour l'international
    la livraison en 24h coute combien
    vous livrez au canada
    vous livrez le samedi
    livraison en point relais possible
    c'est combien les frais d'envoi vers le maroc
    quels sont les delais de livraison
    vous expediez en allemagne
    combien pour envoyer en colissimo
  `),
  return_request: lines(`
    je veux retourner ma commande
    je voudrais faire un retour
    comment je renvoie ca
    ca me va pas je veux le rendre
    je veux renvoyer les bottes et etre rembourse
    il me faut l'etiquette de retour
    je veux un remboursement pour la commande 3390
    vous pouvez me l'echanger contre une taille en dessous
    je veux l'echanger contre une autre couleur
    ca me plait pas je le renvoie
    comment je vous renvoie la robe
    retour commande svp
    j'ai renvoye le colis je veux mon remboursement
    le manteau est trop grand je veux l'echanger
    j'en ai plus besoin je veux le retourner et etre rembourse
    je souhaite lancer un retour
    bonjour je veux retourner un article achete la semaine derniere
    je veux retourner la moitie de la commande
    je demande le remboursement de mon achat
    je veux echanger le pantalon contre un 42
    envoyez moi une etiquette pour retourner le colis
    je l'ai recu mais j'en veux pas remboursez moi
  `),
  return_policy: lines(`
    quelle est votre politique de retour
    j'ai combien de temps pour retourner un article
    les retours sont gratuits
    je peux retourner un article en solde
    je dois payer les frais de retour
    le remboursement prend combien de jours
    vous acceptez les echanges de taille
    on peut retourner sans ticket
    faut il laisser l'etiquette pour le retour
    quel est le delai de retour
    vous remboursez ou c'est un avoir
    les articles personnalises sont ils repris
    je peux retourner en boutique
    combien de temps pour etre rembourse sur ma carte
    si ca me va pas on peut echanger
    comment marchent les retours depuis l'etranger
    vous acceptez les retours apres 30 jours
    conditions de retour
    politique d'echange
    on peut rendre un article porte
  `),
  cancel_order: lines(`
    annuler commande
    je veux annuler ma commande
    annulez mon achat svp
    je le veux plus annulez
    j'ai commande par erreur je veux annuler
    comment annuler une commande
    je peux annuler avant l'expedition
    annulez la commande 7781
    je me suis trompe annulez tout
    je veux annuler la commande d'hier
    c'est encore possible d'annuler
    annulez ma commande je l'ai trouve moins cher
    trop long annulez ma commande
    merci d'annuler la commande et de me rembourser avant l'envoi
    annuler la commande passee il y a une heure
    j'ai change d'avis je veux annuler
    je souhaite annuler la commande numero 2210
    annulez toute la commande
    annulez svp j'en ai plus besoin
    stop annulez ma commande
  `),
  change_order: lines(`
    je veux modifier ma commande
    je me suis trompe d'adresse
    l'adresse de livraison est fausse
    je peux changer la taille avant l'envoi
    je veux ajouter un article a ma commande
    je veux retirer un article de la commande
    changer l'adresse de livraison
    j'ai mis le mauvais code postal
    je veux changer la couleur de ma commande
    on peut modifier une commande deja passee
    envoyez le chez ma mere plutot que chez moi
    j'ai oublie le numero d'appartement
    je veux passer en livraison express
    ajouter une unite a la commande 6612
    changez le m en l dans ma commande avant l'envoi
    modifier commande svp
    je veux changer le telephone sur la commande
    je peux regrouper deux commandes
    j'ai mal ecrit mon nom sur la commande
    changez l'adresse pour mon travail svp
  `),
  product_availability: lines(`
    vous l'avez en s
    il y a du stock
    quand revient le 39
    c'est dispo en noir
    c'est en rupture
    il en reste en bleu
    ce sera de nouveau disponible
    vous avez la taille xl
    quand est ce que le stock revient
    il reste des modeles rouges
    prevenez moi quand le 40 revient
    le sac marron est epuise definitivement
    il reste peu de pieces
    vous l'avez dans une autre taille
    c'est dispo en boutique
    vous avez le tee shirt en blanc
    quand arrive la nouvelle collection
    c'est disponible en expedition immediate
    vous avez encore la grande tasse
    je peux pas choisir le m il est epuise
  `),
  product_question: lines(`
    c'est en quelle matiere
    c'est impermeable
    quelles sont les dimensions de la table
    ca taille grand ou petit
    ca passe a la machine
    c'est adapte aux enfants
    le sac est fait en quoi
    ca pese combien
    la veste est chaude
    c'est compatible iphone
    quelle taille me conseillez vous pour 1m70
    la creme convient aux peaux sensibles
    les piles sont incluses
    c'est du coton
    quelle difference entre les deux modeles
    les baskets taillent normalement
    la couleur est comme sur la photo
    la batterie tient combien de temps
    il y a une garantie sur le produit
    la bague est en argent massif
    ca peut aller dehors
    lequel vous me conseillez pour offrir
  `),
  payment_issue: lines(`
    je n'arrive pas a payer
    j'ai ete debite deux fois
    le paiement ne passe pas
    ma carte est refusee
    j'ai paye mais pas de commande
    je peux payer par paypal
    le montant debite est plus eleve
    erreur de paiement par carte
    on peut payer en plusieurs fois
    vous m'avez trop facture
    vous acceptez apple pay
    le paiement est bloque
    je vois un prelevement que je reconnais pas
    paiement a la livraison possible
    je recois pas le code 3d secure
    il me faut la facture de mon achat
    double prelevement sur ma carte
    j'ai paye et le site a plante
    vous acceptez le virement
    on m'a facture la livraison alors qu'elle etait gratuite
  `),
  discount_question: lines(`
    vous avez des reductions
    le code marche pas
    ou mettre le code promo
    c'est les soldes
    vous me donnez un code de reduction
    la reduction s'applique pas
    reduction etudiant
    c'est quand le black friday
    code promo expire
    je peux cumuler deux codes
    reduction premiere commande
    inscrit a la newsletter mais pas recu le code
    code de bienvenue
    le code est invalide
    on peut appliquer la remise apres l'achat
    vous faites des promos a noel
    j'ai une carte cadeau comment l'utiliser
    remise si j'en achete plusieurs
    j'ai oublie le code promo vous pouvez l'appliquer
    un code pour la livraison gratuite
  `),
  damaged_or_wrong_item: lines(`
    recu casse
    le produit est arrive abime
    vous m'avez envoye autre chose
    c'est pas ce que j'ai commande
    vous m'avez envoye la mauvaise taille
    il manque un article dans ma commande
    le colis etait ouvert et il manque des choses
    carton ecrase et vase casse
    j'ai recu la mauvaise couleur
    la bouteille a fui dans le colis
    le flacon a coule partout
    il y a une tache dessus
    il y a un trou
    l'ecran est arrive fissure
    le produit marche pas depuis le debut
    j'ai recu une seule chaussure
    j'ai recu un pantalon au lieu de la chemise
    il manque une piece pour le monter
    j'en ai commande deux et recu un
    le vetement etait sale et deja porte
    l'article est defectueux
    la fermeture est cassee
    c'est arrive raye
    j'ai commande du l et recu du s
    c'est pas le modele commande
    le couvercle etait casse tout s'est renverse
    la vitre du cadre est en morceaux
    j'ai recu la commande de quelqu'un d'autre
    il manque des boutons
    le parfum est arrive vide
  `),
  complaint: lines(`
    je veux deposer une plainte
    service nul
    j'en ai marre d'attendre
    c'est une honte
    plus jamais j'achete chez vous
    service client lamentable
    personne ne repond a mes mails
    ca fait une semaine que j'ecris et personne repond
    c'est la troisieme fois que je vous ecris
    je vous ai ecrit trois fois sans reponse
    je suis tres en colere contre votre boutique
    c'est une arnaque
    quelle boutique minable
    vous repondez jamais
    je vais porter plainte
    je vais laisser un mauvais avis
    aucun serieux
    tres decu de l'achat et de l'accueil
    vous m'ignorez
    j'ai appele cent fois personne decroche
    c'est inadmissible la facon dont on me traite
    j'en ai assez que personne m'aide
    c'est du vol je veux mon argent
    le pire service que j'ai connu
    votre service est une blague
    personne repond sur le chat
    je vous ai ecrit il y a des jours et toujours rien
    quel manque de respect
  `),
  human_agent: lines(`
    je veux parler a quelqu'un
    il me faut un conseiller
    passez moi un agent
    il y a quelqu'un
    y a quelqu'un
    je peux parler a un humain
    je veux parler au service client
    un conseiller svp
    je dois parler a un representant
    mettez moi en relation avec un operateur
    je veux une vraie personne
    pas un robot une personne
    personne reelle svp
    un employe est disponible
    quelqu'un peut m'appeler
    c'est quoi votre numero de telephone
    il me faut un agent humain
    passez moi quelqu'un du support
    je veux parler au responsable
    quelqu'un peut me repondre
    conseiller
    agent
    bonjour quelqu'un peut s'occuper de moi
    je veux un conseiller de vente
    le bot sert a rien je veux une personne
    un etre humain svp
    contacter un humain
    je voudrais parler a un consultant
    un representant du service client svp
    un vrai conseiller
  `),
  account: lines(`
    j'arrive pas a me connecter
    mot de passe oublie
    comment changer mon email
    je veux supprimer mon compte
    je recois pas le mail de reinitialisation
    comment creer un compte
    changer l'adresse enregistree dans mon compte
    mon compte est bloque
    me desabonner de la newsletter
    changer mon identifiant
    ou voir mes anciennes commandes dans mon compte
    fermer mon compte et effacer mes donnees
    il reconnait pas mon identifiant
    changer le numero de telephone du profil
    je recois pas le mail de confirmation du compte
    j'ai deux comptes on peut les fusionner
    la connexion avec google marche pas
    mettre a jour mes infos personnelles
    je veux plus recevoir d'emails
    reinitialiser le mot de passe
  `),
  greeting: lines(`
    bonjour
    salut
    coucou
    bonsoir
    bjr
    slt
    cc
    hello
    salut ca va
    bonjour comment allez vous
    bonjour l'equipe
    re bonjour
    bonjour!!
    yo
    bonjour bonjour
    salut tout le monde
    bonne journee
    bonjour madame
    bonjour monsieur
    hey salut
    bonjour a tous
    bonjour bonjour ca va
    bonjour ca va
  `),
  other: lines(`
    combien font deux plus deux
    raconte moi une blague
    qui a gagne le match hier
    quelle heure est il a tokyo
    conseille moi un film
    quelle est la capitale de l'italie
    t'es un robot
    comment tu vas toi
    tu aimes la musique
    quel est le sens de la vie
    traduis bonjour en anglais
    comment on fait une quiche
    qui est le president des etats unis
    il fait froid a paris
    ecris moi un poeme
    on est quel jour
    t'as quel age
    je m'ennuie
    ta couleur preferee
    ou regarder le foot ce soir
  `),
};

import type { Intent } from "../types";
import { lines } from "./lines";

// Hand-written French shopper phrasings (with and without accents, typos, order numbers).
export const fr: Record<Intent, string[]> = {
  order_status: lines(`
    où est ma commande
    ou est ma commande
    où est mon colis
    ma commande a-t-elle été expédiée
    quand vais-je recevoir ma commande
    quand arrive ma commande n°1001
    statut de ma commande
    état de la commande #2231
    je veux suivre ma commande
    numéro de suivi de ma commande
    ma commande n'est pas arrivée
    je n'ai toujours pas reçu ma commande
    j'attends toujours mon colis
    j'ai commandé il y a deux semaines et rien
    mon colis est bloqué
    le suivi indique livré mais je n'ai rien reçu
    quand expédiez-vous ma commande
    des nouvelles de ma commande 4456
    ma commande est toujours en préparation
    ou en est ma commande
    jai pas recu mon colis
    suivi commande 1020 email paul@orange.fr
    pouvez vous vérifier ma commande
    mon colis est en retard
    quelle est la date de livraison de ma commande
    est-ce que ma commande est partie
  `),
  shipping_info: lines(`
    combien de temps prend la livraison
    quels sont les délais de livraison
    livrez-vous en belgique
    livrez vous au canada
    vous livrez à l'international
    combien coûte la livraison
    frais de port
    la livraison est-elle gratuite
    livraison gratuite à partir de combien
    quelles sont les options de livraison
    quels modes de livraison proposez-vous
    avez-vous la livraison express
    livraison le lendemain possible
    quel transporteur utilisez-vous
    combien de jours pour livrer en suisse
    livrez-vous en point relais
    retrait en magasin possible
    dois-je payer des frais de douane
    dans quels pays livrez-vous
    livrez vous le samedi
    politique de livraison
    combien coute l'envoi express
    delai de livraison pour la france
    expédiez-vous dans le monde entier
    livraison en colissimo ou chronopost
  `),
  return_request: lines(`
    je veux retourner ma commande
    je veux retourner cet article
    comment retourner mes chaussures
    je veux être remboursé
    je veux un remboursement
    remboursez ma commande svp
    j'ai besoin d'un remboursement pour la commande 3340
    retour de la commande 1002
    je veux échanger contre une taille plus grande
    je peux l'échanger contre une autre couleur
    j'ai besoin d'une étiquette de retour
    ça ne me va pas je veux le renvoyer
    j'ai changé d'avis je veux le retourner
    je veux renvoyer une partie de ma commande
    je demande le remboursement de mon achat
    je veux récupérer mon argent
    rendez moi mon argent
    je veux faire un retour
    comment renvoyer un produit
    je veux etre rembourse
    remboursement svp
    aidez moi à retourner ma commande
    j'exige un remboursement
    je voudrais échanger l'article
    demande de remboursement commande 8830
  `),
  return_policy: lines(`
    quelle est votre politique de retour
    politique de retour
    combien de jours ai-je pour retourner
    combien de temps pour retourner un article
    les retours sont-ils gratuits
    qui paie les frais de retour
    acceptez-vous les retours
    faites-vous des échanges
    quelle est votre politique de remboursement
    combien de temps prend le remboursement
    quand serai-je remboursé après le retour
    peut-on retourner les articles soldés
    peut-on retourner un article porté
    avez-vous une garantie satisfait ou remboursé
    conditions de retour
    politique d'échange
    peut-on retourner après 30 jours
    quels articles ne peuvent pas être retournés
    les frais de port sont-ils remboursés
    comment fonctionnent les retours
    dans quels cas puis-je être remboursé
    délai de retour
    politique de remboursement
    je peux le renvoyer si ça ne me plaît pas
    le retour est payant
  `),
  cancel_order: lines(`
    annuler ma commande
    je veux annuler ma commande
    annulez la commande #1003 svp
    annuler commande 4421
    puis-je annuler ma commande
    comment annuler une commande
    je dois annuler mon achat
    j'ai commandé par erreur annulez
    j'ai passé deux fois la même commande annulez en une
    est-il trop tard pour annuler
    arrêtez ma commande avant l'envoi
    je ne veux plus la commande
    annulation de la commande 2290
    je veux annuler avant l'expédition
    je peux encore annuler
    annulez tout svp
    je voudrais annuler la commande d'hier
    anuler ma comande
    annulation commande
    je me suis trompé d'article annulez la commande
    supprimer ma commande
    annulez ma commande 7781 mon mail est luc@free.fr
    comment annuler mon achat
    je souhaite annuler ma commande
    annuler mon achat
  `),
  change_order: lines(`
    je veux modifier ma commande
    puis-je modifier ma commande
    changer la taille dans ma commande
    j'ai commandé un m mais il me faut un l
    ajouter un article à ma commande
    retirer un article de ma commande
    changer l'adresse de livraison de ma commande
    je me suis trompé d'adresse
    l'adresse de ma commande est fausse
    mettez à jour l'adresse de la commande 3321
    envoyer ma commande à une autre adresse
    changer la quantité
    j'en veux 3 au lieu de 2
    j'ai oublié d'ajouter un article
    modifier commande 7712
    changer la couleur de ma commande
    j'ai déménagé changez l'adresse de livraison
    changer adresse
    corriger le code postal de ma commande
    je peux changer le produit avant l'envoi
    changer le nom du destinataire
    ajouter un emballage cadeau à ma commande
    modifier mon achat
    changer des articles de ma commande
    modifer ma comande
  `),
  product_availability: lines(`
    est-ce disponible
    avez-vous cet article en stock
    le sweat bleu est-il disponible
    avez-vous les baskets en 42
    la taille m est disponible
    quand sera-t-il de nouveau en stock
    quand réapprovisionnez-vous
    la robe noire est épuisée
    vous l'avez en rouge
    disponible en grande taille
    vendez-vous encore le portefeuille en cuir
    prévenez-moi quand il est de retour en stock
    combien en reste-t-il
    il en reste
    peut-on précommander
    disponibilité du sac à dos
    avez-vous le thé bio
    existe-t-il dans d'autres couleurs
    en stock
    rupture de stock quand
    vous vendez des cartes cadeaux
    est ce que la tasse classique est dispo
    c'est dispo en s
    réassort prévu quand
    encore disponible
  `),
  product_question: lines(`
    en quelle matière est-ce
    de quoi est fait le sweat
    c'est 100 coton
    quelles sont les dimensions de la table
    quelle taille fait le sac à dos
    comment le laver
    peut-on le mettre au sèche-linge
    lavable en machine
    ça taille petit ou grand
    quelle taille me conseillez-vous
    avez-vous un guide des tailles
    est-ce imperméable
    ça passe au lave-vaisselle
    est-ce vegan
    contient des noix
    quels sont les ingrédients
    combien de temps dure la batterie
    compatible avec iphone
    comment l'utiliser
    y a-t-il une garantie
    combien ça pèse
    où est-ce fabriqué
    quelle différence entre les deux modèles
    vous me conseillez quoi comme cadeau
    combien coûte la lampe
    le cuir est-il véritable
    ça rétrécit au lavage
    plus d'infos sur ce produit
    il a des poches
  `),
  payment_issue: lines(`
    ma carte a été refusée
    le paiement a échoué
    le paiement ne passe pas
    j'ai été débité deux fois
    vous m'avez débité deux fois pour la commande 1005
    double prélèvement
    je n'arrive pas à payer
    impossible de finaliser le paiement
    erreur de paiement
    j'ai un problème de paiement
    quels moyens de paiement acceptez-vous
    acceptez-vous paypal
    puis-je payer en plusieurs fois
    puis-je payer par virement
    ma carte bancaire n'est pas acceptée
    j'ai été trop débité
    j'ai payé mais pas de commande
    un prélèvement inconnu
    le paiement est en attente
    erreur au moment de payer
    le code 3d secure n'arrive pas
    l'argent a été prélevé mais la commande n'est pas payée
    problème avec le prélèvement
    payement refusé
    paiement refuse
  `),
  discount_question: lines(`
    avez-vous des codes promo
    mon code promo ne marche pas
    le coupon n'est pas valide
    y a-t-il des soldes
    réduction étudiant
    vous pouvez me faire une remise
    où mettre le code de réduction
    j'ai oublié d'appliquer mon code
    réduction pour la première commande
    le bon de réduction a expiré
    puis-je cumuler deux codes
    des promotions en ce moment
    quand sont les prochaines soldes
    offres black friday
    remise sur quantité
    le code de 10 n'a pas été appliqué
    programme de fidélité
    code promo
    code reduc marche pas
    vous alignez les prix
    la remise ne s'applique pas
    solde de ma carte cadeau
    code pour livraison gratuite
    y a t il une réduction
    bons plans du moment
  `),
  damaged_or_wrong_item: lines(`
    mon article est arrivé endommagé
    le colis est arrivé cassé
    la tasse est arrivée cassée
    le carton était écrasé et le produit abîmé
    j'ai reçu le mauvais article
    vous m'avez envoyé la mauvaise taille
    j'ai commandé un m et reçu un s
    mauvaise couleur reçue
    ce n'est pas ce que j'ai commandé
    il manque un article dans ma commande
    seulement 2 articles sur 3 sont arrivés
    le colis était vide
    le verre est arrivé en morceaux
    l'écran est fissuré
    ça ne fonctionne pas dès le départ
    le produit est défectueux
    la fermeture éclair a cassé
    il y a une tache
    les chaussures ont un trou
    la bouteille a fui dans le colis
    commande 2201 arrivée abîmée
    article abimé
    reçu cassé
    le produit est usagé pas neuf
    il manque des pièces
  `),
  complaint: lines(`
    je veux porter plainte
    je veux faire une réclamation
    votre service client est nul
    pire boutique
    je suis très mécontent du service
    je suis très déçu
    c'est inadmissible
    c'est inacceptable je suis furieux
    j'en ai marre
    personne ne répond à mes mails
    j'attends une réponse depuis une semaine
    le personnel a été impoli
    je ne suis pas satisfait du service
    pire expérience de ma vie
    vous êtes des escrocs
    je n'achèterai plus jamais chez vous
    je vais laisser un mauvais avis
    où faire une réclamation
    service lamentable
    service client horrible
    c'est une honte
    je me sens arnaqué
    je suis très en colère
    je veux me plaindre
    c'est scandaleux
  `),
  human_agent: lines(`
    je veux parler à un humain
    puis-je parler à une personne
    passez-moi un conseiller
    je veux parler à un agent
    une vraie personne svp
    humain
    conseiller
    je veux parler au service client
    je ne veux pas parler à un robot
    j'ai besoin de parler à quelqu'un
    quelqu'un peut m'appeler
    quel est votre numéro de téléphone
    comment vous contacter
    je veux parler au responsable
    mettez-moi en relation avec un conseiller
    un opérateur svp
    j'ai besoin d'une vraie personne
    un humain svp
    agent humain
    parler a un conseiller
    je veux un interlocuteur humain
    est ce que quelqu'un est là pour m'aider
    chat avec un conseiller
    parler avec une vraie personne
    transférez moi à un agent
  `),
  account: lines(`
    je n'arrive pas à me connecter
    impossible d'accéder à mon compte
    j'ai oublié mon mot de passe
    réinitialiser mon mot de passe
    je ne reçois pas l'email de réinitialisation
    comment créer un compte
    je veux créer un compte
    comment m'inscrire
    l'inscription ne marche pas
    je n'arrive pas à m'inscrire
    supprimer mon compte
    je veux supprimer mon compte
    fermer mon compte
    changer l'email de mon compte
    mettre à jour mes informations de compte
    modifier mon profil
    changer mon mot de passe
    mon compte est bloqué
    mon compte a été piraté
    faut-il un compte pour commander
    commander sans compte
    email de vérification pas reçu
    changer de compte
    mot de pass oublié
    problème de connexion
    récupérer mon compte
  `),
  greeting: lines(`
    bonjour
    salut
    bonsoir
    coucou
    bonjour il y a quelqu'un
    allo
    hello
    bonjour j'ai une question
    bonjour j'ai besoin d'aide
    merci
    merci beaucoup
    ok merci
    au revoir
    bonne journée
    parfait merci
    d'accord
    super
    vous pouvez m'aider
    aide
    une question
    bjr
    slt
    cc
    à bientôt
    bonjour madame
  `),
  other: lines(`
    quel temps fait-il aujourd'hui
    raconte-moi une blague
    quel est le sens de la vie
    comment faire des crêpes
    recette de la ratatouille
    qui a gagné le match
    quelle heure est-il à tokyo
    aide-moi pour mes devoirs
    combien font 2 plus 2
    qui est le président
    mets de la musique
    écris-moi un poème
    quelle est la capitale de l'espagne
    je veux laisser un avis
    je veux donner mon avis sur la boutique
    j'adore vos produits
    vous recrutez
    avez-vous une boutique physique
    quels sont vos horaires
    où êtes-vous situés
    désabonnez-moi de la newsletter
    j'ai besoin d'une facture
    asdf
    test
    comment tu t'appelles
    vous avez un instagram
    comment changer une roue
  `),
};

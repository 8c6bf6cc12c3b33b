import type { Intent } from "../types";
import { lines } from "../training/lines";

// Held-out French phrasings (not in training).
export const fr: Record<Intent, string[]> = {
  order_status: lines(`
    mon colis n'est toujours pas là
    quand est-ce que je reçois mes articles
    la commande 5521 n'est pas arrivée
    vous pouvez me donner le numéro de suivi
    vous avez envoyé ma commande
    ça fait 10 jours que j'attends mon colis
  `),
  shipping_info: lines(`
    combien coûte l'envoi au luxembourg
    en combien de jours vous livrez à paris
    vous expédiez aux états-unis
    l'express coûte combien
    quel transporteur vous utilisez
    livraison offerte à partir de quel montant
  `),
  return_request: lines(`
    elles sont trop petites je veux les renvoyer
    remboursez moi la commande 2231
    je veux retourner le manteau
    je voudrais échanger le m contre un l
    vous pouvez me rembourser
    je souhaite renvoyer toute ma commande
  `),
  return_policy: lines(`
    quel est le délai pour les retours
    le retour est-il gratuit
    je peux retourner un article après deux mois
    les articles en promo sont remboursables
    le remboursement prend combien de temps
    quelle est votre politique d'échange
  `),
  cancel_order: lines(`
    annulez ma dernière commande
    je n'ai plus besoin de la commande 4410 annulez la
    je veux annuler la commande passée il y a une heure
    est-il encore temps d'annuler
    annuler la #9921
    je ne veux plus de ma commande annulez svp
  `),
  change_order: lines(`
    je me suis trompé de numéro d'appartement vous pouvez corriger
    je peux ajouter un t-shirt à ma commande
    changez la taille de la commande 3312 en l
    je veux être livré au bureau plutôt
    retirez la bougie de ma commande
    on peut changer l'adresse de livraison
  `),
  product_availability: lines(`
    le pantalon gris est de retour en stock
    il reste des tasses bleues
    l'écharpe est encore disponible
    vous avez du 44
    quand revient le manteau
    dispo en noir taille m
  `),
  product_question: lines(`
    le sweat est épais ou fin
    les chaussures sont en quelle matière
    la montre a une garantie
    la couverture se lave
    quelles sont les mesures du tapis
    le sérum convient aux peaux grasses
  `),
  payment_issue: lines(`
    il dit que ma carte n'est pas valide
    j'ai été prélevé trois fois
    pourquoi mon paiement ne passe pas
    je peux payer avec google pay
    le paiement échoue à la dernière étape
    vous m'avez facturé le mauvais montant
  `),
  discount_question: lines(`
    une réduction pour les nouveaux clients
    le coupon ne fonctionne pas au paiement
    le code bienvenue10 est invalide
    des offres ce week-end
    comment utiliser mon bon d'achat
    des remises sur les lots
  `),
  damaged_or_wrong_item: lines(`
    l'assiette est arrivée fêlée
    vous m'avez envoyé du 38 au lieu du 40
    la boîte était vide
    un des verres est cassé
    le casque ne s'allume pas
    la veste n'est pas de la bonne couleur
  `),
  complaint: lines(`
    je suis très mécontent de l'accueil
    votre service a été horrible
    c'est la troisième fois que j'écris et personne ne répond
    je veux déposer une plainte officielle
    je suis déçu par cette entreprise
    c'est révoltant
  `),
  human_agent: lines(`
    je peux discuter avec un humain
    passez moi quelqu'un
    je préfère parler à une personne
    j'ai besoin d'un conseiller
    je veux parler au support
    un agent maintenant
  `),
  account: lines(`
    mon mot de passe ne marche pas
    comment ouvrir un compte
    je n'arrive pas à entrer dans mon compte
    supprimez mon compte svp
    changer l'email de mon profil
    on a bloqué mon compte
  `),
  greeting: lines(`
    bonjour à vous
    bonne soirée
    bonjour vous êtes là
    merci pour tout
    ok parfait
    à plus
  `),
  other: lines(`
    quelle est la meilleure pizza de la ville
    chante moi une chanson
    qui a inventé le téléphone
    quel temps demain
    comment faire du pain
    je veux écrire un avis sur la boutique
  `),
};

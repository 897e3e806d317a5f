/** The default templates of a learner's course as a whole: completion certificate, soutenance convocation and minutes. */
import { facts, heading, page, signature } from './page';

export const COMPLETION = page(
  heading('Attestation de fin de formation') +
    '<p>{{organisme}} atteste que {{apprenant}} ({{structure}}) a suivi la formation {{programme}}, ' +
    '{{promo}}, préparant au {{diplome}}.</p>' +
    facts([
      ['Formation', 'du {{debut_formation}} au {{fin_formation}}'],
      ['Heures suivies', '{{heures_formation}}'],
      ['Mémoire', '{{titre_memoire}}'],
      ['Résultat', '{{resultat_memoire}}'],
    ]) +
    '<p>Attestation délivrée pour servir et valoir ce que de droit.</p>' +
    signature,
);

export const DEFENCE_INVITATION = page(
  heading('Convocation à la soutenance') +
    '<p>{{apprenant}}</p><p>{{structure}}</p>' +
    '<p>Vous êtes convoqué·e à la soutenance de votre mémoire « {{titre_memoire}} ».</p>' +
    facts([
      ['Date', '{{date_soutenance}}'],
      ['Heure', '{{heure_soutenance}}'],
      ['Lieu', '{{lieu}}'],
      ['Jury', '{{jury}}'],
    ]) +
    '<p>{{ligne_contact}}</p>' +
    signature,
);

export const DEFENCE_MINUTES = page(
  heading('Procès-verbal de soutenance') +
    facts([
      ['Apprenant·e', '{{apprenant}} ({{structure}})'],
      ['Mémoire', '{{titre_memoire}}'],
      ['Soutenance', '{{date_soutenance}}, {{heure_soutenance}}, {{lieu}}'],
    ]) +
    '<h2>Jury</h2>' +
    '<table><tr><th>Nom</th><th>Rôle</th><th>Signature</th></tr><tr><td>{{membre_jury}}</td><td>{{role_jury}}</td><td></td></tr></table>' +
    '<p>Résultat : {{resultat_memoire}}</p>' +
    '<p>Remarques du jury :</p><p>…………………………………………………………………………………………</p><p>…………………………………………………………………………………………</p>' +
    '<p>{{fait_le}}</p>',
);

export const SELECTION_DECISION = page(
  heading('Décision de sélection') +
    '<p>{{apprenant}}</p><p>{{structure}}</p>' +
    '<p>Madame, Monsieur,</p>' +
    "<p>À la suite de l'examen de votre dossier par le comité de sélection de la formation {{programme}}, {{promo}} :</p>" +
    '<p><b>{{decision}}</b></p>' +
    '<p>{{suite}}</p>' +
    '<p>{{ligne_contact}}</p>' +
    signature,
);

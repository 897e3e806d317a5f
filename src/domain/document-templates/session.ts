/** The default templates of a session's documents: convocation, sign-in sheet, attendance certificate. */
import { facts, heading, page, signature } from './page';

export const INVITATION = page(
  heading('Convocation') +
    '<p>{{apprenant}}</p><p>{{structure}}</p>' +
    '<p>Vous êtes convoqué·e à la séance « {{seance}} » ({{type_seance}}) de la formation {{programme}}.</p>' +
    facts([
      ['Dates', '{{dates_seance}}'],
      ['Horaires', '{{horaires}}'],
      ['Lieu', '{{lieu}}'],
      ['Durée', '{{heures_seance}}'],
      ['Formateur·rices', '{{formateurs}}'],
    ]) +
    '<p>{{ligne_programme}}</p>' +
    "<p>Votre présence est requise à chaque demi-journée ; une feuille d'émargement est signée le matin et l'après-midi.</p>" +
    '<p>{{ligne_contact}}</p>' +
    signature,
);

export const SIGN_IN = page(
  heading("Feuille d'émargement") +
    facts([
      ['Séance', '{{seance}} ({{seance_id}})'],
      ['Date', '{{date}} — {{demi_journee}}'],
      ['Horaires', '{{horaires}}'],
      ['Lieu', '{{lieu}}'],
    ]) +
    '<h2>Apprenant·es</h2>' +
    '<table><tr><th>Nom</th><th>Prénom</th><th>Structure</th><th>Signature</th></tr>' +
    '<tr><td>{{nom}}</td><td>{{prenom}}</td><td>{{structure}}</td><td></td></tr></table>' +
    '<h2>Formateur·rices</h2>' +
    '<table><tr><th>Nom</th><th>Signature</th></tr><tr><td>{{formateur}}</td><td></td></tr></table>' +
    '<p>{{fait_le}}</p>',
);

export const ATTENDANCE = page(
  heading('Attestation de présence') +
    '<p>{{organisme}} atteste que {{apprenant}} ({{structure}}) a suivi la séance « {{seance}} » ' +
    'de la formation {{programme}}, {{dates_seance}}, à {{lieu}}.</p>' +
    '<p>Heures de présence : {{heures_presentes}} sur {{heures_seance}}.</p>' +
    '<table><tr><th>Date</th><th>Demi-journée</th><th>Horaires</th><th>Durée</th></tr>' +
    '<tr><td>{{date_presence}}</td><td>{{demi_journee_presence}}</td><td>{{horaires_presence}}</td><td>{{heures_presence}}</td></tr></table>' +
    '<p>Attestation délivrée pour servir et valoir ce que de droit.</p>' +
    signature,
);

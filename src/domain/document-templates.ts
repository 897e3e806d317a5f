/**
 * The default templates, in French: HTML that Drive converts into a Google Doc on upload
 * (https://developers.google.com/drive/api/guides/manage-uploads#import-docs). Staff then edit the Doc.
 * Only tags of the type are used, so every default template passes checkTemplate.
 */
import type { DocumentKind } from './documents';

const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;
const header = `<p>{{federation}} — {{programme}}</p><p>{{diplome}} — {{promo}}</p>`;

export const DEFAULT_TEMPLATE_NAMES: Record<DocumentKind, string> = {
  convocation: 'Modèle — Convocation',
  emargement: "Modèle — Feuille d'émargement",
  'attestation-presence': 'Modèle — Attestation de présence',
  'attestation-fin': 'Modèle — Attestation de fin de formation',
};

export const DEFAULT_TEMPLATES: Record<DocumentKind, string> = {
  convocation: page(
    `${header}<h1>Convocation</h1>` +
      `<p>{{civilite}} {{prenom}} {{nom}}, {{structure}}</p>` +
      `<p>Vous êtes convoqué·e à la séance « {{seance}} » de la formation {{programme}}.</p>` +
      `<table><tr><td>Date</td><td>{{dates_seance}}</td></tr><tr><td>Horaires</td><td>{{horaires}}</td></tr><tr><td>Lieu</td><td>{{lieu}}</td></tr></table>` +
      `<p>Votre présence est requise à chaque demi-journée ; une feuille d'émargement sera signée le matin et l'après-midi.</p>` +
      `<p>Pour toute question, contactez {{expediteur}}.</p><p>Fait le {{date_document}}.</p>`,
  ),
  emargement: page(
    `${header}<h1>Feuille d'émargement</h1>` +
      `<p>Séance : {{seance}} ({{seance_id}})</p><p>Date : {{date}} — {{demi_journee}}</p><p>Horaires : {{horaires}}</p><p>Lieu : {{lieu}}</p>` +
      `<h2>Apprenant·es</h2>` +
      `<table><tr><th>Nom</th><th>Prénom</th><th>Structure</th><th>Signature</th></tr><tr><td>{{nom}}</td><td>{{prenom}}</td><td>{{structure}}</td><td></td></tr></table>` +
      `<h2>Formateur·rices</h2>` +
      `<table><tr><th>Nom</th><th>Signature</th></tr><tr><td>{{formateur}}</td><td></td></tr></table>`,
  ),
  'attestation-presence': page(
    `${header}<h1>Attestation de présence</h1>` +
      `<p>{{federation}} atteste que {{civilite}} {{prenom}} {{nom}} ({{structure}}) a suivi la séance « {{seance}} » ({{dates_seance}}, {{lieu}}) ` +
      `de la formation {{programme}} : {{demi_journees_presentes}} demi-journée(s) de présence sur {{demi_journees_seance}}.</p>` +
      `<p>Demi-journées de présence : {{detail_presences}}.</p>` +
      `<p>Fait le {{date_document}}, pour servir et valoir ce que de droit.</p><p>{{expediteur}}</p><p>Signature :</p>`,
  ),
  'attestation-fin': page(
    `${header}<h1>Attestation de fin de formation</h1>` +
      `<p>{{federation}} atteste que {{civilite}} {{prenom}} {{nom}} ({{structure}}) a suivi l'intégralité de la formation {{programme}}, ` +
      `{{promo}}, et en remplit les conditions de validation : {{diplome}} ({{ects}} ECTS).</p>` +
      `<p>Fait le {{date_document}}, pour servir et valoir ce que de droit.</p><p>{{expediteur}}</p><p>Signature :</p>`,
  ),
};

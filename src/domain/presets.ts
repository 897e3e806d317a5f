/**
 * The regional profiles shipped with the product, with the facts of the source documents
 * (shared/seeds). People's names and addresses in those documents are deliberately left out.
 */
import { UserError } from './errors';
import { messages } from './messages';
import { profileSchema, type Profile } from './profile';
import { DEFAULT_REMINDERS } from './reminders/defaults';

const DIPLOMA = "Diplôme d'Établissement « Coordinateur de regroupements pluriprofessionnels de soins primaires »";

const MSP_CORE_MODULES = [
  { title: 'Prise de fonction', kind: 'core' },
  { title: 'Projet de santé', kind: 'core' },
  { title: 'Dynamique collective', kind: 'core' },
  { title: 'Démarche qualité', kind: 'core' },
  { title: 'Gestion de structure', kind: 'core' },
] as const;

const bretagne2025: Profile = {
  id: 'bretagne-2025',
  label: 'Bretagne — session 2025-2026 (MSP)',
  region: 'Bretagne',
  federation: 'ESSORT',
  promo: 'Session 2025-2026',
  diplomaTitle: DIPLOMA,
  structureTypes: ['MSP'],
  // "Le dossier d'inscription complet est à envoyer, avant le 30 mai 2025"; no opening date given.
  applicationWindow: { closes: '2025-05-30' },
  requiredPieces: ['motivationLetter', 'cv', 'teamEngagementLetter'],
  conditions: { healthProjectValidatedForMsp: true, federationMembership: false, engagementCommitment: true },
  sessions: [
    {
      id: 'T0',
      title: "Séminaire d'accueil",
      type: 'Accueil T0',
      start: '2025-09-11',
      end: '2025-09-12',
      compulsory: true,
      audience: 'Coordinateur et équipe',
    },
    {
      id: 'S1',
      title: 'Séminaire 1',
      type: 'Séminaire',
      start: '2025-10-16',
      end: '2025-10-17',
      compulsory: true,
      audience: 'Coordinateur',
    },
    {
      id: 'S2',
      title: 'Séminaire 2',
      type: 'Séminaire',
      start: '2025-12-11',
      end: '2025-12-12',
      compulsory: true,
      audience: 'Coordinateur',
    },
    {
      id: 'S3',
      title: 'Séminaire 3',
      type: 'Séminaire',
      start: '2026-02-05',
      end: '2026-02-06',
      compulsory: true,
      audience: 'Coordinateur',
    },
    {
      id: 'PACTE+',
      title: 'Journée PACTE + (avec les gouvernances)',
      type: 'PACTE+',
      start: '2026-03-12',
      end: '2026-03-12',
      compulsory: true,
      audience: 'Gouvernance',
    },
    {
      id: 'S4',
      title: 'Séminaire 4',
      type: 'Séminaire',
      start: '2026-04-02',
      end: '2026-04-03',
      compulsory: true,
      audience: 'Coordinateur',
    },
    {
      id: 'S5',
      title: 'Séminaire 5',
      type: 'Séminaire',
      start: '2026-06-11',
      end: '2026-06-12',
      compulsory: true,
      audience: 'Coordinateur',
    },
    {
      id: 'SOUT',
      title: 'Soutenances de mémoire',
      type: 'Soutenances',
      start: '2026-09-24',
      end: '2026-09-25',
      compulsory: false,
      audience: 'Coordinateur',
    },
  ],
  diploma: { ects: 6, excusedAbsencesAllowed: 0, productions: [], thesisMinPages: 20 },
  hours: {},
  modules: [
    { title: 'Fonction de coordination', kind: 'core' },
    { title: 'Gestion de la structure', kind: 'core' },
    { title: "Management d'une équipe pluriprofessionnelle", kind: 'core' },
    { title: 'Élaboration et conduite de projets en santé', kind: 'core' },
    { title: 'Communication et démarche qualité', kind: 'core' },
  ],
  steeringCommittee: ['ARS Bretagne', 'EHESP', 'ESSORT', "GECO Lib'", 'URPS', 'Assurance Maladie'],
  contacts: [
    { role: 'Dépôt des dossiers et organisation', organisation: 'ESSORT' },
    { role: 'Financeur', organisation: 'ARS Bretagne' },
  ],
  funding: [
    "Coûts pédagogiques pris en charge par l'ARS Bretagne",
    'Temps de formation, repas et transport à la charge de la MSP ou du coordinateur',
  ],
  reminders: [...DEFAULT_REMINDERS],
};

const bfcPromo8: Profile = {
  id: 'bfc-promo8',
  label: 'Bourgogne-Franche-Comté — Promo 8, 2025-2027 (MSP et CPTS)',
  region: 'Bourgogne-Franche-Comté',
  federation: 'FeMaSCo-BFC',
  promo: 'Promo 8',
  diplomaTitle: DIPLOMA,
  structureTypes: ['MSP', 'CPTS'],
  applicationWindow: { opens: '2025-08-01', closes: '2025-10-31' },
  requiredPieces: ['cv', 'motivationLetter', 'photo', 'teamEngagementLetter'],
  conditions: { healthProjectValidatedForMsp: false, federationMembership: true, engagementCommitment: false },
  sessions: [
    {
      id: 'T0',
      title: 'Séminaire de lancement T0 (avec les équipes)',
      type: 'Accueil T0',
      start: '2025-12-11',
      end: '2025-12-11',
      place: 'Beaune',
      compulsory: true,
      audience: 'Coordinateur et équipe',
    },
    {
      id: 'S1',
      title: 'Premier séminaire présentiel',
      type: 'Séminaire',
      start: '2026-01-29',
      end: '2026-01-29',
      place: 'Beaune',
      compulsory: true,
      audience: 'Coordinateur',
    },
  ],
  diploma: { ects: 6, excusedAbsencesAllowed: 0, productions: [] },
  hours: {},
  modules: [
    ...MSP_CORE_MODULES,
    { title: "Décryptage de l'écosystème de santé", kind: 'core', onlyFor: ['CPTS'] },
    { title: 'Communication', kind: 'complementary' },
    { title: 'Parcours : démarche de coopération en proximité', kind: 'complementary' },
  ],
  steeringCommittee: ['FeMaSCo-BFC', 'ARS Bourgogne-Franche-Comté'],
  contacts: [
    { role: 'Dépôt des dossiers et organisation', organisation: 'FeMaSCo-BFC' },
    { role: 'Financeur', organisation: 'ARS Bourgogne-Franche-Comté' },
  ],
  funding: [
    "Coûts pédagogiques pris en charge par l'ARS Bourgogne-Franche-Comté",
    'Logistique (salle, repas de midi) couverte par la fédération',
    'Déplacement, hébergement et temps de formation à la charge de la structure',
  ],
  reminders: [...DEFAULT_REMINDERS],
};

const hdfLeader2024: Profile = {
  id: 'hdf-leader-2024',
  label: 'Hauts-de-France — PACTE Leader MSP, promo 1, 2024',
  region: 'Hauts-de-France',
  federation: 'Hauts-de-France',
  promo: 'PACTE Leader MSP promo 1',
  diplomaTitle: DIPLOMA,
  structureTypes: ['MSP'],
  applicationWindow: {},
  requiredPieces: [],
  conditions: { healthProjectValidatedForMsp: false, federationMembership: false, engagementCommitment: false },
  sessions: [
    {
      id: 'S1',
      title: 'Séminaire 1',
      type: 'Séminaire',
      start: '2024-04-11',
      end: '2024-04-11',
      compulsory: true,
      audience: 'Coordinateur',
    },
    {
      id: 'S2',
      title: 'Séminaire 2',
      type: 'Séminaire',
      start: '2024-05-23',
      end: '2024-05-24',
      compulsory: true,
      audience: 'Coordinateur',
    },
    {
      id: 'S3',
      title: 'Séminaire 3',
      type: 'Séminaire',
      start: '2024-09-12',
      end: '2024-09-13',
      compulsory: true,
      audience: 'Coordinateur',
    },
    {
      id: 'S4',
      title: 'Séminaire 4',
      type: 'Séminaire',
      start: '2024-10-03',
      end: '2024-10-04',
      compulsory: true,
      audience: 'Coordinateur',
    },
    {
      id: 'SOUT',
      title: 'Soutenance du mémoire',
      type: 'Soutenances',
      start: '2024-11-27',
      end: '2024-11-27',
      compulsory: false,
      audience: 'Coordinateur',
    },
  ],
  diploma: { excusedAbsencesAllowed: 0, productions: [] },
  hours: {},
  modules: [],
  steeringCommittee: ['ARS Hauts-de-France'],
  contacts: [{ role: 'Financeur', organisation: 'ARS Hauts-de-France' }],
  funding: [],
  reminders: [...DEFAULT_REMINDERS],
};

const cptsNational: Profile = {
  id: 'cpts-national',
  label: 'National — mention CPTS',
  region: 'National',
  federation: 'EHESP',
  promo: 'Mention CPTS',
  diplomaTitle: `${DIPLOMA} — mention CPTS`,
  structureTypes: ['CPTS'],
  applicationWindow: {},
  requiredPieces: ['cv', 'motivationLetter'],
  conditions: { healthProjectValidatedForMsp: false, federationMembership: false, engagementCommitment: false },
  // "Calendrier disponible auprès de votre ARS": the cohort enters its own sessions in Séances.
  sessions: [],
  diploma: { excusedAbsencesAllowed: 0, productions: [], defenceMinutes: 60 },
  hours: { total: 224, inPerson: 124, elearning: 50, team: 50 },
  modules: [
    { title: 'Décryptage', kind: 'core' },
    { title: 'Projet de santé', kind: 'core' },
    { title: 'Mise en œuvre des missions', kind: 'core' },
    { title: 'Prise de fonction', kind: 'core' },
    { title: 'Dynamique collective', kind: 'core' },
  ],
  steeringCommittee: ['ARS', 'EHESP'],
  contacts: [{ role: 'Pré-sélection des candidatures', organisation: 'ARS de la région' }],
  funding: ["Aucun frais d'inscription", "Formation prise en charge par l'ARS"],
  reminders: [...DEFAULT_REMINDERS],
};

const PRESETS: readonly Profile[] = [bretagne2025, bfcPromo8, hdfLeader2024, cptsNational];

export const PRESET_IDS: readonly string[] = PRESETS.map((p) => p.id);

/** A preset by id, validated; an unknown id is a UserError listing the known ones. */
export function presetProfile(id: string): Profile {
  const preset = PRESETS.find((p) => p.id === id.trim());
  if (!preset) throw new UserError(messages.profile.unknownPreset(id, PRESET_IDS));
  return profileSchema.parse(preset);
}

/** Parses a profile from JSON-like data; a fault is a UserError giving the zod path. */
export function parseProfile(data: unknown, source: string): Profile {
  const result = profileSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw new UserError(messages.profile.invalidFile(source, issue.path.join('.'), issue.message));
}

export function allPresets(): Profile[] {
  return PRESET_IDS.map(presetProfile);
}

export type { Profile };

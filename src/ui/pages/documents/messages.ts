/**
 * Every French string of the documents sidebar (the server's messages live in src/domain/messages/).
 * Types, sessions, half-days and names are data from the server.
 */
export const M = {
  kindLabel: 'Type de document',
  sessionLabel: 'Séance',
  sessionPlaceholder: '— Choisir une séance —',
  halfDaysLegend: 'Demi-journées',
  learnersLegend: 'Apprenant·es',
  all: 'Tous',
  none: 'Aucun',
  preview: 'Aperçu',
  make: 'Créer les documents',
  resume: 'Reprendre',
  checkTemplates: 'Vérifier les modèles',
  loading: 'Chargement…',
  previewTitle: (fileName: string) => `Premier document : ${fileName}`,
  previewCounts: (total: number, done: number) =>
    total === 0
      ? 'Aucun document concerné par ce choix.'
      : `${total} document${total > 1 ? 's' : ''}, dont ${done} déjà créé${done > 1 ? 's' : ''}.`,
  previewNone: 'Tous ces documents existent déjà.',
  previewRows: (learners: number, trainers: number) =>
    `Lignes répétées : ${learners} apprenant·e${learners > 1 ? 's' : ''}, ${trainers} formateur·rice${trainers > 1 ? 's' : ''}.`,
  createdToday: (n: number, limit: number) => `Créés aujourd'hui : ${n} sur ${limit} permis par Google.`,
  progress: (done: number, total: number) => `${done}/${total}`,
  working: 'Création en cours… Vous pouvez fermer ce panneau : « Reprendre » continuera plus tard.',
  chooseSession: 'Choisissez une séance.',
  chooseHalfDay: 'Cochez au moins une demi-journée.',
  chooseLearner: 'Cochez au moins une personne.',
  templatesTitle: 'Modèles',
} as const;

/** What reminders say: rules refused, the sidebar, the daily run, the Monday digest. */
import { q } from '../french';

/** « 1 jour », « 7 jours ». */
const days = (n: number) => `${n} jour${n > 1 ? 's' : ''}`;

/** The type of a document a reminder carries, as its attachment's name says it. */
const ATTACHMENT_LABELS: Record<string, string> = {
  convocation: 'Convocation',
  'attestation-presence': 'Attestation de présence',
  'attestation-fin': 'Attestation de fin de formation',
  'convocation-soutenance': 'Convocation à la soutenance',
  decision: 'Décision de sélection',
};

export const remindersMessages = {
  ruleRefused: (rule: string, why: string) => `Relance ${q(rule)} ignorée : ${why}`,
  notSent: (rule: string, why: string) => `Relance ${q(rule)} : ${why}`,
  missingId: (row: number) =>
    `Relance de la ligne ${row} de l'onglet « Relances » ignorée : la colonne « Règle » est vide. Donnez-lui un identifiant court (par exemple convocation-j7).`,
  duplicateId: (row: number) =>
    `cet identifiant figure déjà plus haut dans l'onglet « Relances » (ligne ${row}) : donnez un identifiant différent à chaque règle.`,
  unknownWhen: (value: string, known: readonly string[]) =>
    `« Quand » inconnu ${q(value)}. Choisissez l'une des valeurs : ${known.map(q).join(', ')}.`,
  badDays: (value: string) => `« Jours » doit être un nombre entier de jours, 0 ou plus (trouvé ${q(value)}).`,
  daysMustBeZero: (when: string) =>
    `« Jours » vaut 0 pour « Quand » = ${q(when)} : l'e-mail part le premier jour où la condition est remplie.`,
  platformLine: (url: string) => `Dépôt sur la plateforme de formation : ${url}`,
  contactLine: (contact: string) => `Contact : ${contact}`,
  documentLinkPlaceholder: '(lien vers le document)',
  /** The name of the PDF a reminder carries, as its recipient sees it: « Convocation – Séminaire 1 – Yann Le Gall ». */
  attachmentName: (kind: string, session: string, person: string) =>
    [ATTACHMENT_LABELS[kind] ?? 'Document', session, person].filter(Boolean).join(' – '),
  documentsMade: (n: number) => `${n} document${n > 1 ? 's' : ''} créé${n > 1 ? 's' : ''} pour les relances du jour`,
  documentsWaiting: (n: number) =>
    `${n} relance${n > 1 ? 's' : ''} en attente de ${n > 1 ? 'leur' : 'son'} document (pas encore créé ou en erreur : voir l'onglet « Documents »)`,
  documentsNotMade: (what: string, why: string) => `${what} : document non créé — ${why}`,
  documentKindUnknown: 'PACTE ne sait pas encore créer ce type de document ; la relance attend.',
  describe: {
    'avant la date limite de candidature': (n: number) => `Dossiers incomplets (${days(n)} avant la date limite)`,
    'avant une séance': (n: number) => `Convocations (${days(n)} avant chaque séance)`,
    'après une séance': (n: number) => `Attestations de présence (${days(n)} après chaque séance)`,
    "avant l'échéance d'une production": (n: number) => `Rappels de production (${days(n)} avant l'échéance)`,
    "après l'échéance d'une production": (n: number) => `Productions en retard (${days(n)} après l'échéance)`,
    'avant la date limite du mémoire': (n: number) => `Dépôt du mémoire (${days(n)} avant la date limite)`,
    'avant une soutenance': (n: number) => `Convocations à la soutenance (${days(n)} avant)`,
    'avant une journée de soutenances': (n: number) => `Programmes des membres du jury (${days(n)} avant la journée)`,
    'fin de formation': () => 'Attestations de fin de formation',
    'chaque lundi': () => "Synthèse de l'équipe",
  } as Record<string, (n: number) => string>,
  badTag: (tag: string, when: string, allowed: readonly string[]) =>
    `la balise {{${tag}}} est inconnue ou sans objet pour « Quand » = ${q(when)}. Balises possibles : ${allowed.map((t) => `{{${t}}}`).join(', ')}.`,
  brokenTag: 'une balise est mal écrite (accolades {{ }} non appariées) : écrivez-la par exemple {{prenom}}.',
  emptyText: (column: string) => `la colonne ${q(column)} est vide.`,
  sameSchedule: (twin: string, when: string, days: number) =>
    `même « Quand » (${q(when)}) et même nombre de « Jours » (${days}) que la relance ${q(twin)} plus haut dans l'onglet « Relances » : les deux enverraient le même message. Changez « Jours » ou désactivez l'une des deux.`,
  productionWithoutId: (rule: string, row: number) =>
    `Relance ${q(rule)} : la ligne ${row} de l'onglet « Productions » n'a pas d'« ID » ; elle n'a pas de relance tant qu'elle n'en a pas. « Vérifier les candidatures » (menu PACTE) lui en donne un.`,
  invalidAddress: (target: string, email: string) =>
    `pas d'envoi à ${target} : ${email ? `adresse e-mail invalide ${q(email)}` : 'aucune adresse e-mail'}. Corrigez-la dans l'onglet « Candidatures ».`,
  invalidTeamAddress: (email: string) =>
    `adresse de l'équipe invalide ${q(email)} dans « Équipe » (onglet « Paramètres ») : elle ne reçoit pas la synthèse.`,
  noTeamAddress: "aucune adresse valide dans « Équipe » (onglet « Paramètres ») : la synthèse n'est envoyée à personne.",
  actionInProgress: 'Relance en cours',
  actionNotSent: 'Relance non envoyée',
  actionTest: 'Relance de test',
  actionSwitch: 'Relances automatiques',
  switchedOn: 'Envoi automatique activé (chaque jour vers 7 h)',
  switchedOff: 'Envoi automatique désactivé',
  sidebar: {
    title: 'Relances',
    owner: (email: string, me: boolean) =>
      me
        ? `Déclenchement quotidien vers 7 h installé par vous (${email}) : les relances partent de votre compte Google.`
        : `Déclenchement quotidien vers 7 h installé par ${email} : les relances partent de son compte Google. Pour les envoyer depuis le vôtre, demandez-lui de désactiver l'envoi automatique, puis activez-le.`,
    noTrigger:
      "Aucun déclenchement quotidien installé : activez l'envoi automatique pour que les relances partent chaque matin vers 7 h, depuis votre compte Google.",
    noLongerDue: "Cette relance n'est plus due (déjà envoyée ou modifiée entre-temps) : rechargez l'aperçu.",
    testSubject: (subject: string) => `[TEST] ${subject}`,
    attachmentToMake: "pas encore créé : l'envoi le crée d'abord (onglet « Documents »)",
    attachmentFailed: (detail: string) =>
      `en erreur${detail ? ` (${detail})` : ''} : la relance attend ; l'envoi réessaie de le créer (onglet « Documents »)`,
    noQuota: "Le quota d'envoi quotidien de Google est épuisé pour votre compte : le test n'est pas envoyé. Réessayez demain.",
    testSent: (email: string) => `Message de test envoyé à ${email} (il n'est pas compté comme une relance envoyée).`,
    invalidRequest: (where: string) =>
      `Demande invalide${where ? ` (${where})` : ''} : rechargez la barre latérale des relances et réessayez. Rien n'a été envoyé ni modifié.`,
  },
  journalAction: 'Relances automatiques',
  busy: "Un envoi de relances est déjà en cours (déclenchement automatique ou autre membre de l'équipe) : rien n'a été envoyé cette fois-ci ; réessayez dans quelques minutes.",
  automaticOff: "« Relances automatiques » n'est pas cochée dans « Paramètres » : aucune relance envoyée automatiquement.",
  inProgressDetail: (to: readonly string[]) => `Envoi en cours à ${to.join(', ')}`,
  sentDetail: (to: readonly string[]) => `Envoyée à ${to.join(', ')}`,
  notSentDetail: "Pas envoyée cette fois (temps d'exécution ou adresse refusée par Google) : elle repartira au prochain envoi.",
  unknownDetail:
    'Envoi interrompu : le message est peut-être parti. Il ne sera pas renvoyé automatiquement ; vérifiez auprès du destinataire.',
  actionRestored: 'Clé restaurée',
  restoredDetail:
    "Relance déjà envoyée (ou en cours) : sa ligne manquait au « Journal » (triée, effacée ou supprimée) ; elle est rétablie et la relance n'est pas renvoyée.",
  runSummary: (due: number, sent: number, deferred: number, notSent: number, toCheck: number, problems: number) =>
    [
      due === 0
        ? 'Aucune relance due'
        : `${sent} relance${sent > 1 ? 's' : ''} envoyée${sent > 1 ? 's' : ''} sur ${due} due${due > 1 ? 's' : ''}`,
      ...(deferred ? [`${deferred} reportée${deferred > 1 ? 's' : ''} à demain : quota d'envoi quotidien de Google atteint`] : []),
      ...(notSent ? [`${notSent} non envoyée${notSent > 1 ? 's' : ''}, elles repartiront au prochain envoi`] : []),
      ...(toCheck ? [`${toCheck} à vérifier dans « Journal » (envoi interrompu)`] : []),
      ...(problems ? [`${problems} problème${problems > 1 ? 's' : ''} à corriger (voir l'aperçu des relances)`] : []),
    ].join(' ; '),
  actionSent: 'Relance envoyée',
  actionDeferred: 'Relances reportées',
  deferredDetail: (n: number) => `${n} relance${n > 1 ? 's' : ''} reportée${n > 1 ? 's' : ''} : quota d'envoi quotidien de Google atteint`,
  digest: {
    sentTitle: (from: string) => `Relances envoyées depuis le ${from} :`,
    countLine: (label: string, n: number) => `• ${label} : ${n}`,
    otherRule: (schedule: string) => `autres relances (${schedule})`,
    noneSent: '• aucune',
    waitingTitle: (n: number) =>
      `En attente depuis un jour précédent (quota d'envoi de Google atteint, ou envoi automatique manqué) : ${n}. Elles partiront aux prochains envois :`,
    toCheckTitle: 'À vérifier (envoi interrompu : le message est peut-être parti, il ne sera pas renvoyé) :',
    toCheckLine: (target: string, key: string) =>
      `• ${target || key} (${key}) : vérifiez auprès du destinataire qu'il a bien reçu ce message ; PACTE ne le renverra pas.`,
    staffTitle:
      "Candidatures à examiner (des points que seule l'équipe peut trancher ; la candidate ou le candidat n'en est pas informé) :",
    staffLine: (id: string, problems: readonly string[]) => `• ${id} : ${problems.join(' ; ')}`,
    documentErrorsTitle: "Relances en attente de leur document (il n'a pas pu être créé ; voir l'onglet « Documents ») :",
    documentErrorLine: (who: string, key: string, detail: string) => `• ${who} — ${key}${detail ? ` : ${detail}` : ''}`,
    problemsTitle: 'Problèmes à corriger :',
    atRiskTitle: 'Apprenant·es à risque :',
    noneAtRisk: '• aucun·e',
    learnerLine: (name: string, id: string, state: string, reasons: readonly string[]) =>
      `• ${name} (${id}) — ${state}${reasons.length ? ` : ${reasons.join(' ; ')}` : ''}`,
  },
} as const;

/** What the soutenance planning and its checks say. */
import { frenchList, printable, q } from '../french';
import { defencesSidebarMessages } from './defences-sidebar';

export const defencesMessages = {
  noSession:
    "Aucune séance de type « Soutenances » dans l'onglet « Séances » : ajoutez-en une, avec ses dates, son « Lieu » et ses « Horaires » (par exemple 9h00-12h30 / 13h30-17h00).",
  sessionWithoutId: (row: number, id: string) =>
    id
      ? `Séance « Soutenances » de la ligne ${row} de l'onglet « Séances » : l'ID ${q(id)} figure déjà plus haut ; donnez-lui un identifiant différent.`
      : `Séance « Soutenances » de la ligne ${row} de l'onglet « Séances » sans « ID » : donnez-lui un identifiant (par exemple SOUT).`,
  sessionWithoutDates: (session: string) =>
    `Séance ${q(session)} : « Date de début » vide ou illisible ; saisissez les dates des soutenances (JJ/MM/AAAA).`,
  sessionWithoutHours: (session: string) =>
    `Séance ${q(session)} : « Horaires » vide. PACTE ne devine pas les heures des soutenances : écrivez-les, par exemple 9h00-12h30 / 13h30-17h00.`,
  sessionHoursUnreadable: (session: string, hours: string) =>
    `Séance ${q(session)} : « Horaires » illisibles (${q(printable(hours))}). Écrivez chaque plage début-fin, les plages séparées par « / », par exemple 9h00-12h30 / 13h30-17h00.`,
  sessionHoursTooShort: (session: string, hours: string) =>
    `Séance ${q(session)} : les « Horaires » ${q(printable(hours))} ne laissent aucun créneau d'une heure ; élargissez-les.`,
  noJuryTab:
    'Onglet « Jury » introuvable : lancez PACTE › Initialiser la cohorte… pour le créer, puis inscrivez-y les membres du jury (Nom, E-mail, Rôle, Disponibilités).',
  juryEmpty: "L'onglet « Jury » est vide : inscrivez-y au moins un·e président·e et un membre (colonnes Nom, E-mail et Rôle).",
  juryRow: (row: number, name: string, what: string) => `Onglet « Jury », ligne ${row}${name ? ` (${printable(name)})` : ''} : ${what}`,
  juryWithoutName: "« Nom » vide ; saisissez le nom tel qu'il s'écrira dans la colonne « Jury » de « Mémoires ».",
  juryNameWithComma: 'le nom contient une virgule, qui sépare les noms dans la colonne « Jury » de « Mémoires » ; retirez-la.',
  juryDuplicateName: (firstRow: number) =>
    `même nom qu'à la ligne ${firstRow} : la colonne « Jury » de « Mémoires » ne permettrait pas de les distinguer ; ajoutez par exemple l'initiale du prénom à l'un des deux.`,
  juryWithoutEmail: '« E-mail » vide ; ajoutez son adresse (elle recevra son programme de soutenances).',
  juryInvalidEmail: (email: string) => `adresse e-mail invalide ${q(printable(email))} ; corrigez-la.`,
  juryUnknownRole: (role: string) =>
    role ? `« Rôle » inconnu ${q(printable(role))} ; choisissez Président ou Membre.` : '« Rôle » vide ; choisissez Président ou Membre.',
  availabilityUnreadable: (values: readonly string[]) =>
    `« Disponibilités » illisibles : ${values.map((v) => q(printable(v))).join(', ')}. Écrivez des dates JJ/MM/AAAA séparées par des virgules, ou videz la cellule s'il ou elle est disponible tous les jours de soutenance.`,
  availabilityOutside: (days: readonly string[], defenceDays: readonly string[]) =>
    `« Disponibilités » hors des journées de soutenance : ${days.join(', ')} (journées prévues dans « Séances » : ${defenceDays.join(', ')}). Corrigez la date, ou les dates de la séance « Soutenances ».`,
  thesisRow: (row: number, learnerId: string, what: string) => `Onglet « Mémoires », ligne ${row} (${printable(learnerId)}) : ${what}`,
  thesisDuplicate: (firstRow: number) => `deuxième ligne pour cette personne (la première est la ligne ${firstRow}) ; gardez-en une seule.`,
  defenceDateUnreadable: (value: string) =>
    `« Date de soutenance » illisible ${q(printable(value))} ; écrivez-la JJ/MM/AAAA, ou videz-la pour que PACTE propose un créneau.`,
  defenceTimeMissing:
    "« Date de soutenance » sans « Heure » ; saisissez l'heure (par exemple 9h00), ou videz la date pour que PACTE propose un créneau.",
  defenceTimeUnreadable: (value: string) => `« Heure » illisible ${q(printable(value))} ; écrivez-la par exemple 9h00 ou 14h30.`,
  withoutDate:
    '« Heure » ou « Jury » rempli sans « Date de soutenance » ; ajoutez la date, ou videz ces cellules pour que PACTE propose un créneau et un jury.',
  noFreeSlot: (slots: number, demand: number) =>
    `Plus aucun créneau libre : les séances « Soutenances » offrent ${slots} créneau${slots > 1 ? 'x' : ''} d'une heure pour ${demand} soutenance${demand > 1 ? 's' : ''} à placer. Ajoutez une journée de soutenances ou élargissez les « Horaires ».`,
  noPresident:
    "Aucun·e président·e libre sur les créneaux restants : ajoutez un·e président·e dans l'onglet « Jury », ou élargissez les « Disponibilités ».",
  relayOnlyPresident: (relay: string) =>
    `Seul·e président·e libre sur les créneaux restants, ${printable(relay)} est son formateur relais et ne peut pas présider son jury : ajoutez un·e autre président·e dans l'onglet « Jury », ou élargissez les « Disponibilités ».`,
  noMember:
    "Aucun membre du jury libre sur les créneaux restants : ajoutez un membre dans l'onglet « Jury », ou élargissez les « Disponibilités ».",
  noJuryTogether:
    "Des président·es et des membres sont libres, mais jamais ensemble sur un même créneau restant : élargissez des « Disponibilités » ou ajoutez un membre dans l'onglet « Jury ».",
  outsideSessions: (day: string) =>
    `La soutenance saisie le ${day} ne tombe dans aucune séance « Soutenances » : PACTE ne lui propose pas de jury. Saisissez-le dans la colonne « Jury » de « Mémoires », ou changez la date.`,
  typedByStaff: 'Cette soutenance a été saisie dans « Mémoires » : modifiez-la dans l’onglet, puis relancez la planification.',
  stale:
    'Le classeur a changé depuis la proposition (soutenance saisie, apprenant·e ajouté·e ou retiré·e) : relancez « Planifier les soutenances ».',
  notInProposal: (learnerId: string) =>
    `${q(printable(learnerId))} ne figure pas dans la proposition : relancez « Planifier les soutenances ».`,
  notInJury: (name: string) => `${q(printable(name))} ne fait pas partie de ce jury.`,
  outsideHours: (day: string, time: string) => `Le ${day} à ${time} n'est pas dans les « Horaires » de cette séance « Soutenances ».`,
  roomTaken: (day: string, time: string, other: string) => `La salle est déjà prise le ${day} à ${time} (soutenance de ${other}).`,
  unknownMember: (name: string) => `${q(printable(name))} n'est pas dans l'onglet « Jury ».`,
  notAvailable: (name: string, day: string) => `${name} n'est pas disponible le ${day} (colonne « Disponibilités » de l'onglet « Jury »).`,
  busy: (name: string, day: string, time: string, other: string) =>
    `${name} siège déjà au même moment à la soutenance de ${other} (le ${day} à ${time}).`,
  sameMemberTwice: (name: string) => `${name} figure deux fois dans ce jury.`,
  noPresidentInJury:
    'Le jury n’a pas de président·e : il faut une personne au rôle « Président » (onglet « Jury ») qui ne soit pas le formateur relais.',
  noMemberInJury: 'Le jury n’a aucun membre : il faut au moins une personne au rôle « Membre » (onglet « Jury »).',
  sidebar: defencesSidebarMessages,
  calendar: {
    summary: (learner: string) => `Soutenance de ${learner}`,
    description: (title: string, jury: readonly string[]) =>
      [title ? `Mémoire : ${title}` : '', jury.length ? `Jury : ${jury.join(', ')}` : ''].filter(Boolean).join('\n'),
  },
  check: {
    withoutJury: (day: string) =>
      `Soutenance du ${day} sans jury : remplissez la colonne « Jury » de « Mémoires » (noms séparés par des virgules), ou lancez PACTE › Planifier les soutenances.`,
    withoutPresident: (names: readonly string[]) =>
      `Jury sans président·e (${names.map((n) => printable(n)).join(', ')}) : aucun de ces noms n'a le rôle « Président » dans l'onglet « Jury ». Ajoutez un·e président·e, ou écrivez son nom comme dans « Jury ».`,
    doubleBooked: (names: readonly string[], other: string, day: string, time: string) =>
      `${frenchList(names.map((n) => printable(n)))} siège${names.length > 1 ? 'nt' : ''} aussi à la soutenance de ${other} (le ${day} à ${time}), qui chevauche celle-ci : changez l'heure ou le jury de l'une des deux.`,
  },
} as const;

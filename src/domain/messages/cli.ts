/** What the `pacte` commands shared with the Sheet say (check, relances, demo): the CLI's own texts are in scripts/messages.ts. */
import { printable, q } from '../french';
import { workbookMessages } from './checks';

export const cliMessages = {
  notFound: (target: string) => `Fichier ou dossier introuvable : ${q(target)}.`,
  unreadable: (target: string) =>
    `Impossible de lire ${q(target)} : vérifiez qu'il n'est pas ouvert ailleurs et que vous avez le droit de le lire.`,
  notAWorkbook: (target: string) =>
    `${q(target)} n'est pas un classeur lisible : donnez un fichier .xlsx téléchargé depuis Google Sheets ou un dossier de fichiers .csv (un par onglet).`,
  wordDocument: (file: string) =>
    `${q(file)} est un document Word, pas un classeur : téléchargez le classeur depuis Google Sheets (Fichier › Télécharger › Microsoft Excel .xlsx).`,
  presentation: (file: string) =>
    `${q(file)} est une présentation, pas un classeur : téléchargez le classeur depuis Google Sheets (Fichier › Télécharger › Microsoft Excel .xlsx).`,
  zipNotWorkbook: (file: string) =>
    `${q(file)} est une archive zip qui ne contient pas de classeur : donnez le fichier .xlsx lui-même, ou décompressez l'archive et donnez le dossier de .csv.`,
  damagedWorkbook: (file: string) =>
    `${q(file)} est un classeur endommagé (illisible en partie) : téléchargez-le à nouveau depuis Google Sheets.`,
  missingTabs: (tabs: readonly string[], presets: readonly string[]) => {
    const base = workbookMessages.missingTabs(tabs);
    return tabs.includes('Paramètres')
      ? `${base.replace(/\.$/, '')} ; sans « Paramètres », donnez le profil avec --profile (${presets.join(', ')} ou un fichier .json).`
      : base;
  },
  notARegularFile: (target: string) =>
    `${q(target)} n'est pas un fichier ordinaire (tube, périphérique…) : donnez un fichier .xlsx ou un dossier de fichiers .csv.`,
  badCsv: (file: string, line: number, unclosedQuote: boolean) =>
    `${q(file)} est illisible à la ligne ${line} : ${unclosedQuote ? 'un guillemet (") ouvert n\'est jamais refermé' : 'un guillemet (") est mal placé'}. Corrigez cette ligne ou téléchargez l'onglet à nouveau, puis relancez.`,
  oldXls: (file: string) =>
    `${q(file)} est au format Excel 97-2003 (.xls) : enregistrez-le au format .xlsx, ou téléchargez le classeur depuis Google Sheets (Fichier › Télécharger › Microsoft Excel .xlsx).`,
  singleCsv: (file: string) =>
    `${q(file)} est un seul fichier .csv : mettez chaque onglet téléchargé en .csv dans un même dossier, et donnez ce dossier.`,
  noCsvInFolder: (dir: string) =>
    `Le dossier ${q(dir)} ne contient aucun fichier .csv : téléchargez chaque onglet au format CSV dans ce dossier.`,
  badToday: (value: string) => `Option --today invalide : ${q(printable(value))}. Écrivez la date AAAA-MM-JJ, par exemple 2026-01-15.`,
  demoOutNotFolder: (out: string) =>
    `${q(printable(out))} existe déjà et n'est pas un dossier : donnez à --out un dossier (il sera créé s'il n'existe pas).`,
  cannotWrite: (target: string) =>
    `Impossible d'écrire ${q(printable(target))} : vérifiez que le dossier existe et que vous avez le droit d'y écrire.`,
  missingPath: 'Indiquez le classeur à vérifier : pacte check <classeur.xlsx | dossier de .csv>.',
  unknownOption: (option: string, command = 'pacte check', options: readonly string[] = ['--profile', '--today', '--json']) =>
    `Option inconnue : ${option}. Options de ${command} : ${options.join(', ')} (voir ${command} --help).`,
  missingArgument: (command: string, usage: string) => `Argument manquant : ${command} ${usage} (voir ${command} --help).`,
  excessArguments: (command: string) => `Trop d'arguments pour ${command} (voir ${command} --help).`,
  missingOptionValue: (option: string) => `L'option ${option} attend une valeur.`,
  tooManyArguments: 'Un seul classeur à la fois : pacte check <classeur.xlsx | dossier de .csv>.',
  unknownCommand: (name: string, commands: readonly string[] = ['check', 'relances', 'demo']) =>
    `Commande inconnue : ${q(name)}. Commandes : ${commands.join(', ')} (voir pacte --help).`,
  badSize: (value: string) => `Option --size invalide : ${q(value)}. Donnez un nombre entier de candidatures entre 1 et 50000.`,
  unexpected: (detail: string) => `Erreur inattendue : ${detail}. Signalez-la à l'équipe technique avec la commande lancée.`,
  demoWritten: (file: string) => `Cohorte de démonstration écrite dans ${file}`,
  reportTitle: (file: string) => `Cohorte PACTE — vérification de ${file}`,
  reportProfile: (id: string, label: string, today: string) => `Profil : ${id} (${label}) · date du jour : ${today}`,
  candidateLine: (row: number, id: string, name: string, email: string) =>
    `  Ligne ${row}${id ? ` · ${id}` : ''} · ${name || '(sans nom)'}${email ? ` <${email}>` : ''}`,
  learnersSummary: (total: number, counts: string) => `Apprenant·es inscrit·es : ${total}${total ? ` — ${counts}` : ''}`,
  noLearners: '  Aucune ligne au statut « Inscrit ».',
  allCandidatesValid: '  Toutes les candidatures sont complètes.',
  relances: {
    title: (file: string) => `Cohorte PACTE — relances dues dans ${file} (rien n'est envoyé)`,
    summary: (today: string, n: number) =>
      `Date du jour : ${today} · ${n === 0 ? 'aucune relance due' : `${n} relance${n > 1 ? 's' : ''} due${n > 1 ? 's' : ''}`}`,
    ruleHeader: (rule: string, when: string, n: number) => `${rule} (${when}) : ${n} e-mail${n > 1 ? 's' : ''}`,
    line: (who: string, to: readonly string[], subject: string) => `  ${who} <${to.join(', ')}>\n      Objet : ${subject}`,
    none: "Aucune relance n'est due ce jour-là.",
    problemsTitle: (n: number) => `Problèmes (${n}) :`,
  },
} as const;

/**
 * Every French sentence of the Google commands (pacte setup, deploy, report, login, logout): Node-only
 * texts, kept out of src/domain/messages/ so that they do not weigh on the Apps Script bundle (as the
 * playground keeps its own, scripts/playground/messages.ts).
 */
import { formatInstantFr } from '../../src/domain/dates';

const q = (s: string) => `« ${s} »`;

export const googleMessages = {
  setup: {
    missingRegion: (presets: readonly string[]) => `Indiquez la région : --region <profil>, l'un de : ${presets.join(', ')}.`,
    badRegion: (value: string, presets: readonly string[]) =>
      `Région inconnue : ${q(value)}. Choisissez l'un des profils : ${presets.join(', ')}.`,
    badPromo: 'Indiquez le nom de la promotion : --promo "Promo 2026".',
    badShare: (value: string) =>
      `Adresse invalide dans --share : ${q(value)}. Séparez les adresses par des virgules : --share a@example.org,b@example.org.`,
    badFolder: (value: string) =>
      `Dossier Drive invalide : ${q(value)}. Donnez l'identifiant ou l'adresse du dossier (https://drive.google.com/drive/folders/…).`,
    noBuild: (dir: string) => `Le module complémentaire n'est pas construit (${q(dir)} introuvable) : lancez npm run build, puis relancez.`,
    noLogin: "Vous n'êtes pas connecté·e à Google : lancez pacte login, puis relancez.",
    scriptApiOff:
      "L'API Apps Script est désactivée pour votre compte : ouvrez https://script.google.com/home/usersettings, activez « API Google Apps Script », attendez quelques minutes puis relancez (rien n'est créé deux fois).",
    apiFailed: (step: string, detail: string) =>
      `Échec pendant « ${step} » : ${detail}. Relancez la même commande : ce qui est déjà fait est réutilisé.`,
    dryRunTitle: (region: string, promo: string) =>
      `Simulation (--dry-run) : rien n'est envoyé à Google. Pour la région ${region}, ${q(promo)} :`,
    dryRunSteps: (requests: number, share: readonly string[]) => [
      "  1. Chercher le classeur par ses propriétés Drive (région, promo) ; le créer s'il n'existe pas.",
      `  2. Compléter le classeur en une seule requête Sheets (${requests} modifications sur un classeur vide).`,
      '  3. Créer le script lié au classeur et y envoyer le module complémentaire (dist/).',
      share.length ? `  4. Partager en modification avec : ${share.join(', ')}.` : '  4. Aucun partage demandé (--share).',
      '  5. Écrire la région dans le manifeste.',
    ],
    badScriptId: (value: string) =>
      `Identifiant de script invalide : ${q(value)}. Copiez-le depuis l'éditeur Apps Script (Paramètres du projet › ID du script).`,
    /** drive.file: pacte sees in Drive only the files it made for this account (README, « drive.file »). */
    notYours: (region: string, url: string, owner: string | undefined) =>
      `Région ${region} : le manifeste nomme le classeur ${url}, que votre compte Google ne peut pas ouvrir : ce classeur appartient à ${owner ?? 'la personne qui a lancé pacte setup la première fois pour cette région'} ; demandez-lui de vous le partager (en modification), puis relancez. ` +
      `Rien n'a été créé : un second classeur pour la région ferait deux cohortes. S'il a été supprimé pour de bon, retirez la région ${region} du manifeste, puis relancez.`,
    trashed: (region: string, url: string) =>
      `Région ${region} : le classeur ${url} est dans la corbeille de Google Drive. Restaurez-le depuis la corbeille puis relancez ; pour repartir d'un classeur neuf, retirez d'abord la région ${region} du manifeste. Rien n'a été créé.`,
    sharedNoShare: (owner: string | undefined) =>
      `Ce classeur a été créé par ${owner ?? 'un·e collègue'} : vous pouvez le compléter avec pacte, mais pas le partager (Google ne donne à pacte que les fichiers qu'il a créés pour vous). Partagez-le depuis Google Sheets (bouton Partager), ou demandez-le à ${owner ?? 'cette personne'}, puis relancez sans --share.`,
    sharedNoScript: (region: string, owner: string | undefined) =>
      `Région ${region} : le manifeste ne donne pas le script lié de ce classeur, et votre compte ne peut pas le lire sur le classeur. Demandez à ${owner ?? 'la personne qui a créé le classeur'} de relancer pacte setup --region ${region} (aucun second script n'est créé).`,
    scriptUncertain: (region: string, url: string, since: string) =>
      `Région ${region} : une création du script lié (le ${since}) n'a pas reçu de réponse de Google ; elle a peut-être abouti, et un script lié ne se retrouve pas sans son identifiant. Pour ne pas lier deux modules au classeur, rien n'est recréé. ` +
      `Ouvrez ${url} › Extensions › Apps Script : le projet qui s'ouvre est le script lié (« PACTE ${region} » si la création avait abouti, sinon un « Projet sans titre » que Google crée alors) ; copiez son identifiant (Paramètres du projet › ID du script) et relancez avec --script-id <ID>.`,
    scriptNotBound: (scriptId: string, url: string) =>
      `Le script ${q(scriptId)} n'est pas lié au classeur ${url} : vérifiez l'identifiant (Extensions › Apps Script depuis ce classeur, puis Paramètres du projet).`,
    scriptUnreachable: (scriptId: string) =>
      `Le script ${q(scriptId)} est introuvable pour votre compte : vérifiez l'identifiant (Extensions › Apps Script depuis le classeur, puis Paramètres du projet).`,
    scriptIdConflict: (known: string, given: string) =>
      `Ce classeur a déjà un script lié connu (${q(known)}), pas ${q(given)} : relancez sans --script-id.`,
    progress: {
      find: 'Recherche du classeur',
      create: 'Création du classeur',
      read: 'Lecture du classeur',
      update: 'Mise à jour du classeur',
      script: 'Script lié au classeur',
      upload: 'Envoi du module complémentaire',
      share: 'Partage',
      manifest: 'Manifeste',
    },
    done: (region: string, url: string, created: boolean, changes: number, shared: number) =>
      `Région ${region} : classeur ${created ? 'créé' : 'déjà présent'}, ${changes ? `${changes} modification${changes > 1 ? 's' : ''} appliquée${changes > 1 ? 's' : ''}` : 'rien à compléter'}` +
      `${shared ? `, partagé avec ${shared} personne${shared > 1 ? 's' : ''} de plus` : ''}.\nOuvrir le classeur : ${url}`,
  },
  manifest: {
    badJson: (file: string, line: number, column: number) =>
      `Le manifeste ${q(file)} n'est pas du JSON valide (ligne ${line}, colonne ${column}) : vérifiez les guillemets, les virgules et les accolades à cet endroit, ou indiquez un autre manifeste avec --manifest.`,
    empty: (file: string) => `Le manifeste ${q(file)} est vide : écrivez-y au moins {} (aucune région), ou supprimez-le.`,
    badShape: (file: string, problems: readonly string[]) =>
      `Le manifeste ${q(file)} est mal formé : ${problems.join(' ; ')}. Corrigez-le (format : README, « Le manifeste des régions ») ou indiquez-en un autre avec --manifest.`,
    more: (n: number) => `et ${n} autre${n > 1 ? 's' : ''} problème${n > 1 ? 's' : ''}`,
    notObject: (found: string) =>
      `il doit être un objet JSON, une entrée par région : { "bretagne-2025": { "promo": "Promo 2026", "spreadsheetId": "…", "url": "…", "staff": [] } } (trouvé : ${found})`,
    at: (where: readonly string[], what: string) => `à ${q(where.join(' › '))}, ${what}`,
    expected: (kind: string, found: string) => `${kind} est attendu${kind.startsWith('une') ? 'e' : ''} (trouvé : ${found})`,
    missing: (field: string) => `le champ ${q(field)} manque`,
    emptyText: 'le texte est vide',
    badEmail: (found: string) => `une adresse e-mail est attendue (trouvé : ${found})`,
    badRegionId: (id: string) =>
      `la région ${q(id)} doit être un identifiant en minuscules, chiffres et tirets, celui que nomme --region (par exemple « bretagne-2025 »)`,
    unknownField: (fields: readonly string[], known: readonly string[]) =>
      `champ${fields.length > 1 ? 's' : ''} inconnu${fields.length > 1 ? 's' : ''} : ${fields.map(q).join(', ')} (champs possibles : ${known.join(', ')})`,
    kinds: {
      string: 'un texte entre guillemets',
      object: 'un objet { … }',
      record: 'un objet { … }',
      array: 'une liste [ … ]',
      number: 'un nombre',
      boolean: 'true ou false',
    } as Record<string, string>,
    found: {
      array: 'une liste',
      object: 'un objet',
      null: 'null',
      text: (s: string) => q(s.length > 40 ? `${s.slice(0, 40)}…` : s),
    },
    busy: (file: string, lockFile: string, holder: { pid: number; host: string; since: Date } | undefined) =>
      `Le manifeste ${q(file)} est en cours de modification par un autre pacte${holder ? ` (processus ${holder.pid} sur ${holder.host}, depuis ${formatInstantFr(holder.since, true)})` : ''}. ` +
      `Attendez qu'il ait fini, puis relancez ; si aucun pacte ne tourne plus, supprimez le fichier ${q(lockFile)}, puis relancez.`,
    writeFailed: (file: string, detail: string) =>
      `Impossible d'écrire le manifeste ${q(file)} (${detail}) : vérifiez que son dossier existe et que vous pouvez y écrire, puis relancez la même commande (ce qui est fait chez Google est réutilisé).`,
  },
  http: {
    timeout: (seconds: number) =>
      `Google n'a pas répondu en ${seconds.toLocaleString('fr-FR')} s : vérifiez votre connexion à Internet, puis relancez la même commande (ce qui est déjà fait est réutilisé, rien n'est créé deux fois).`,
    unreachable:
      "Google est injoignable depuis cet ordinateur (pas de connexion à Internet ?) : vérifiez votre connexion, puis relancez la même commande (ce qui est déjà fait est réutilisé, rien n'est créé deux fois).",
  },
  login: {
    clientMissing: (file: string) =>
      `Fichier ${q(file)} introuvable : indiquez le chemin du JSON de l'identifiant client OAuth « Application de bureau » téléchargé depuis Google Cloud (API et services › Identifiants).`,
    badClient: (file: string) =>
      `${q(file)} n'est pas un identifiant client OAuth « Application de bureau » : dans Google Cloud (API et services › Identifiants), créez-en un de ce type et téléchargez son JSON.`,
    noClient:
      "Indiquez l'identifiant client OAuth de la fédération : pacte login --client client_secret.json (voir le README, « For real, step by step »).",
    openBrowser: (url: string) => `Ouvrez cette adresse dans votre navigateur pour autoriser PACTE :\n${url}`,
    waiting: 'En attente de votre autorisation dans le navigateur… (Ctrl+C pour annuler)',
    browserDone: 'Autorisation reçue : vous pouvez fermer cet onglet et revenir au terminal.',
    browserRefused: 'Autorisation refusée ou incomplète : revenez au terminal et relancez pacte login.',
    refused: (reason: string) =>
      `Google n'a pas donné l'autorisation (${reason}) : relancez pacte login et acceptez toutes les autorisations demandées.`,
    noRefreshToken:
      "Google n'a pas donné de jeton durable : retirez l'accès de PACTE sur https://myaccount.google.com/permissions puis relancez pacte login.",
    loggedIn: (file: string) => `Connecté·e. Jetons enregistrés dans ${file} (lisible par vous seul·e).`,
    loggedOut: (file: string) => `Déconnecté·e : ${file} supprimé.`,
    notLoggedIn: 'Aucune connexion enregistrée : rien à faire.',
    badStore: (file: string) => `${q(file)} est illisible : lancez pacte logout puis pacte login.`,
    missingScope:
      'Il manque une autorisation à votre connexion Google (Sheets, Drive ou Apps Script) : lancez pacte logout, puis pacte login, et cochez toutes les cases demandées.',
    expired:
      "Votre connexion Google a expiré ou a été révoquée (les applications « en test » l'expirent après 7 jours) : lancez pacte login puis relancez la commande.",
  },
  deploy: {
    noRegion: 'Indiquez quoi déployer : --region <région>, --all, ou --script-id <ID> pour un seul classeur hors manifeste.',
    bothTargets: 'Choisissez une seule cible : --region <région>, --all ou --script-id <ID>.',
    unknownRegion: (region: string, known: readonly string[]) =>
      `Région ${q(region)} absente du manifeste${known.length ? ` (régions : ${known.join(', ')})` : ''} : lancez d'abord pacte setup --region ${region}.`,
    noScript: (region: string) => `La région ${region} n'a pas encore de script lié : relancez pacte setup pour elle.`,
    empty: (file: string) => `Le manifeste ${q(file)} ne contient aucune région : lancez d'abord pacte setup.`,
    building: 'Construction du module complémentaire…',
    progress: (done: number, total: number, region: string) =>
      `[${'#'.repeat(done)}${'-'.repeat(total - done)}] ${done}/${total} ${region}`,
    tableHeader: 'Région           | Résultat',
    ok: 'déployé',
    failed: (region: string, detail: string) => `${region} : ${detail}`,
    oneScriptDone: (scriptId: string) => `Module PACTE déployé sur le script ${scriptId} : rechargez le classeur.`,
    oneScriptFailed: (scriptId: string, detail: string) => `Échec du déploiement sur le script ${scriptId} : ${detail}`,
    summary: (ok: number, failed: readonly string[]) =>
      failed.length
        ? `${ok} région${ok > 1 ? 's' : ''} déployée${ok > 1 ? 's' : ''}, échec pour : ${failed.join(', ')}. Corrigez puis relancez pacte deploy --region <région> pour chacune.`
        : `${ok} région${ok > 1 ? 's' : ''} déployée${ok > 1 ? 's' : ''}.`,
  },
  simulation: {
    banner: (dir: string) => `Simulation : Google simulé sur cet ordinateur, dans ${q(dir)} ; rien n'est envoyé à Google.`,
    badFolder: (value: string) =>
      `Dossier de simulation invalide : ${q(value)}. Écrivez --simulation seul (dossier ${q('.pacte-simulation')}) ou --simulation <dossier>.`,
    option: `répéter sur cet ordinateur, avec un Google simulé gardé dans un dossier (par défaut : ${q('.pacte-simulation')}) : aucun compte Google, rien n'est envoyé à Google`,
    damaged: (file: string) =>
      `La simulation est abîmée (${q(file)} illisible) : supprimez son dossier pour repartir d'une simulation vide, puis relancez.`,
  },
  nationalReport: {
    title: (today: string, regions: number) =>
      `Cohorte PACTE — rapport national au ${today} (${regions} région${regions > 1 ? 's' : ''} lue${regions > 1 ? 's' : ''})`,
    region: (id: string, promo: string) => `${id} · ${promo}`,
    applicants: (total: number, byStatus: string) => `  Candidatures : ${total}${byStatus ? ` — ${byStatus}` : ''}`,
    files: (complete: number, incomplete: number) =>
      `  Dossiers : ${complete} complet${complete > 1 ? 's' : ''}, ${incomplete} incomplet${incomplete > 1 ? 's' : ''}`,
    learners: (total: number, counts: string) => `  Apprenant·es : ${total}${counts ? ` — ${counts}` : ''}`,
    reasons: (list: string) => `  Motifs les plus fréquents : ${list}`,
    national: 'Total national',
    unreadableTitle: 'Régions illisibles (non comptées) :',
    unreadable: (id: string, detail: string) => `  ${id} : ${detail}`,
    /** One line: the reason once when every region failed the same way (Google unreachable), else each region's. */
    noRegionRead: (unreadable: ReadonlyArray<{ region: string; error: string }>) => {
      const reasons = new Set(unreadable.map((u) => u.error));
      const detail =
        reasons.size === 1 ? [...reasons][0]! : unreadable.map((u) => `${u.region} : ${u.error.replace(/\s*\.$/, '')}`).join(' ; ');
      const n = unreadable.length;
      return `Aucune région n'a pu être lue (${n} région${n > 1 ? 's' : ''} dans le manifeste), aucun rapport produit. ${detail}`;
    },
    xlsxWritten: (file: string) => `Rapport national écrit dans ${file}`,
    xlsxTab: 'Rapport national',
    xlsxHeaders: [
      'Région',
      'Promo',
      'Candidatures',
      'Dossiers complets',
      'Dossiers incomplets',
      'Apprenant·es',
      'Non éligibles',
      'À risque',
      'En cours',
      'Éligibles',
      'Motifs les plus fréquents',
      'Erreur',
    ],
  },
} as const;

/**
 * The `pacte setup`, `deploy` and `report` flags (registered by cli.ts), wired to the Google client factory,
 * or with `--simulation` to the simulated Google on this computer (simulation.ts).
 * The commands are loaded on demand: the Google clients, esbuild and exceljs stay out of `pacte check`'s start-up.
 * (require, not import(): the bin runs through tsx's CommonJS hook.)
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../src/domain/errors';
import { googleMessages } from '../google/messages';
import type { GoogleClients } from '../google/client';
import type { DeployOptions } from './deploy';
import type { ReportOptions } from './national-report';
import type { SetupOptions } from './setup';

/** The project's folder, from the sources (scripts/commands) or from the prebuilt CLI (dist-cli) alike. */
function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json')) && path.dirname(dir) !== dir) dir = path.dirname(dir);
  return dir;
}

const DIST = path.join(projectRoot(), 'dist');

/** The clients for the stored login, or PACTE_ACCESS_TOKEN when set. */
export async function loggedInClients(): Promise<GoogleClients> {
  const { googleClients } = require('../google/client') as typeof import('../google/client');
  if (process.env.PACTE_ACCESS_TOKEN?.trim()) return googleClients();
  const { loginFile, storedAuth } = require('../google/login') as typeof import('../google/login');
  const auth = await storedAuth(loginFile());
  if (!auth) throw new UserError(googleMessages.setup.noLogin);
  return googleClients({ auth });
}

/** The national commands' shared flags: where the manifest is, and whether Google is the simulated one. */
interface NationalFlags {
  manifest?: string;
  simulation?: string | boolean;
}

type Google = () => GoogleClients | Promise<GoogleClients>;

function nationalFlags(command: Command): Command {
  return command
    .option('--manifest <fichier>', 'manifeste des régions', 'pacte.regions.json')
    .option('--simulation [dossier]', googleMessages.simulation.option);
}

/** The command's run with real Google or, with --simulation, the local one (and its own manifest unless --manifest). */
function withChosenGoogle<T>(
  options: NationalFlags,
  command: Command,
  run: (google: Google, manifest: string | undefined) => Promise<T>,
): Promise<T> {
  const { withGoogle } = require('./simulation') as typeof import('./simulation');
  return withGoogle(options, command.getOptionValueSource('manifest') !== 'default', loggedInClients, run);
}

export function deployCommand(command: Command): Command {
  return nationalFlags(
    command
      .description('Envoyer la version construite du module PACTE au script lié de chaque région du manifeste.')
      .option('--region <région>', 'une seule région')
      .option('--all', 'toutes les régions du manifeste')
      .option(
        '--script-id <ID>',
        "un seul classeur hors manifeste : l'ID de son script lié (Extensions › Apps Script › Paramètres du projet)",
      ),
  )
    .option('--no-build', 'envoyer dist/ tel quel, sans reconstruire (il a été construit juste avant)')
    .action(async (options: DeployOptions & NationalFlags & { build: boolean }, command: Command) => {
      const { runDeploy } = require('./deploy') as typeof import('./deploy');
      const { buildAll } = require('../build') as typeof import('../build');
      const { output, failed } = await withChosenGoogle(options, command, (google, manifest) =>
        runDeploy({ ...options, manifest }, { dist: DIST, ...(options.build ? { build: buildAll } : {}), google }),
      );
      process.stdout.write(`${output}\n`);
      if (failed.length) process.exitCode = 1;
    });
}

export function reportCommand(command: Command): Command {
  return nationalFlags(
    command.description('Rapport national : candidatures, dossiers et éligibilité de chaque région du manifeste, et les totaux.'),
  )
    .option('--today <AAAA-MM-JJ>', "date du jour à utiliser (par défaut : aujourd'hui, heure de Paris)")
    .option('--json', 'sortie JSON (un seul document sur la sortie standard)')
    .option('--xlsx <fichier>', 'écrire le rapport dans un classeur .xlsx')
    .action(async (options: ReportOptions & NationalFlags, command: Command) => {
      const { runNationalReport } = require('./national-report') as typeof import('./national-report');
      const { output, report } = await withChosenGoogle(options, command, (google, manifest) =>
        runNationalReport({ ...options, manifest }, { google }),
      );
      // Nothing read is not a report (all zeros): one line on stderr instead, exit 1.
      if (report.regions.length === 0) {
        process.stderr.write(`${googleMessages.nationalReport.noRegionRead(report.unreadable)}\n`);
        process.exitCode = 1;
      } else process.stdout.write(`${output}\n`);
    });
}

export function setupCommand(command: Command): Command {
  return nationalFlags(
    command
      .description("Créer ou compléter le classeur de cohorte d'une région dans Google Drive, avec le module PACTE lié.")
      .option('--region <profil>', 'profil régional (bretagne-2025, …)')
      .option('--promo <nom>', 'nom de la promotion, par exemple "Promo 2026"')
      .option('--folder <id|URL>', 'dossier Drive de la région')
      .option('--share <adresses>', 'adresses à qui donner la modification, séparées par des virgules'),
  )
    .option('--script-id <ID>', 'le script lié du classeur, quand pacte setup vous le demande (création restée sans réponse)')
    .option('--dry-run', 'afficher ce qui serait fait, sans rien envoyer à Google')
    .action(async (options: SetupOptions & NationalFlags, command: Command) => {
      // Flags checked by runSetup, in French (commander's own "required option" error is English).
      const { runSetup } = require('./setup') as typeof import('./setup');
      const output = await withChosenGoogle(options, command, (google, manifest) =>
        runSetup({ ...options, manifest }, { dist: DIST, google }),
      );
      process.stdout.write(`${output}\n`);
    });
}

/** The `pacte setup` and `pacte deploy` flags (registered by cli.ts), wired to the Google client factory. */
import type { Command } from 'commander';
import { UserError } from '../../src/domain/errors';
import { messages } from '../../src/domain/messages';
import { googleClients } from '../google/client';
import { loginFile, storedAuth } from '../google/login';
import { buildAll, DIST } from '../build';
import { runDeploy, type DeployOptions } from './deploy';
import { runSetup, type SetupOptions } from './setup';

/** The clients for the stored login, or PACTE_ACCESS_TOKEN when set. */
export async function loggedInClients() {
  if (process.env.PACTE_ACCESS_TOKEN?.trim()) return googleClients();
  const auth = await storedAuth(loginFile());
  if (!auth) throw new UserError(messages.setup.noLogin);
  return googleClients({ auth });
}

export function deployCommand(command: Command): Command {
  return command
    .description('Envoyer la version construite du module PACTE au script lié de chaque région du manifeste.')
    .option('--region <région>', 'une seule région')
    .option('--all', 'toutes les régions du manifeste')
    .option('--manifest <fichier>', 'manifeste des régions', 'pacte.regions.json')
    .option('--no-build', 'envoyer dist/ tel quel, sans reconstruire (il a été construit juste avant)')
    .action(async (options: DeployOptions & { build: boolean }) => {
      const { output, failed } = await runDeploy(options, { dist: DIST, ...(options.build ? { build: buildAll } : {}), google: loggedInClients });
      process.stdout.write(`${output}\n`);
      if (failed.length) process.exitCode = 1;
    });
}

export function setupCommand(command: Command): Command {
  return command
    .description("Créer ou compléter le classeur de cohorte d'une région dans Google Drive, avec le module PACTE lié.")
    .option('--region <profil>', 'profil régional (bretagne-2025, …)')
    .option('--promo <nom>', 'nom de la promotion, par exemple "Promo 2026"')
    .option('--folder <id|URL>', 'dossier Drive de la région')
    .option('--share <adresses>', 'adresses à qui donner la modification, séparées par des virgules')
    .option('--manifest <fichier>', 'manifeste des régions', 'pacte.regions.json')
    .option('--dry-run', "afficher ce qui serait fait, sans rien envoyer à Google")
    // Checked by runSetup, in French (commander's own "required option" error is English).
    .action(async (options: SetupOptions) => {
      const output = await runSetup(options, {
        dist: DIST,
        google: loggedInClients,
      });
      process.stdout.write(`${output}\n`);
    });
}

/** The `pacte setup` flags (registered by cli.ts), wired to the Google client factory. */
import path from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../src/domain/errors';
import { messages } from '../../src/domain/messages';
import { googleClients } from '../google/client';
import { loginFile, storedAuth } from '../google/login';
import { runSetup, type SetupOptions } from './setup';

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
        dist: path.resolve(__dirname, '../../dist'),
        google: async () => {
          if (process.env.PACTE_ACCESS_TOKEN?.trim()) return googleClients();
          const auth = await storedAuth(loginFile());
          if (!auth) throw new UserError(messages.setup.noLogin);
          return googleClients({ auth });
        },
      });
      process.stdout.write(`${output}\n`);
    });
}

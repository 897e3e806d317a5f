/** `pacte login [--client client_secret.json]` and `pacte logout` (registered by cli.ts). */
import { spawn } from 'node:child_process';
import type { Command } from 'commander';
import { UserError } from '../../src/domain/errors';
import { googleMessages } from '../google/messages';
// Loaded on demand (google-auth-library): see setup-command.ts.
const auth = () => require('../google/login') as typeof import('../google/login');

/** Opens the consent page in the default browser when one can be found; the URL is printed anyway. */
function openBrowser(url: string): void {
  process.stderr.write(`${googleMessages.login.openBrowser(url)}\n${googleMessages.login.waiting}\n`);
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open';
  const child = spawn(command, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => undefined);
  child.unref();
}

export function loginCommands(loginCommand: Command, logoutCommand: Command): void {
  loginCommand
    .description('Se connecter à Google avec son propre compte (identifiant client OAuth de la fédération).')
    .option('--client <fichier>', 'identifiant client OAuth « Application de bureau » (JSON téléchargé depuis Google Cloud)')
    .action(async (options: { client?: string }) => {
      const { login, loginFile, readClientSecret, readLogin } = auth();
      const file = loginFile();
      // Re-login keeps the client already used when --client is not given again.
      const stored = await readLogin(file).catch(() => undefined);
      const client = options.client
        ? await readClientSecret(options.client)
        : stored
          ? { clientId: stored.client_id, clientSecret: stored.client_secret }
          : undefined;
      if (!client) throw new UserError(googleMessages.login.noClient);
      process.stdout.write(`${await login({ client, file, open: openBrowser })}\n`);
    });
  logoutCommand.description('Oublier la connexion Google enregistrée sur cet ordinateur.').action(async () => {
    const { logout, loginFile } = auth();
    process.stdout.write(`${await logout(loginFile())}\n`);
  });
}

/** `pacte`: the product's command line (thin: parses flags, runs a command, maps errors to exit 2). */
import { Command, CommanderError } from 'commander';
import * as z from 'zod/mini';
import { fr } from 'zod/locales';
import { UserError } from '../src/domain/errors';
import { messages, printable } from '../src/domain/messages';
import { runCheck } from './commands/check';
import { runRelances } from './commands/relances';
import { loginCommands } from './commands/login';
import { deployCommand, reportCommand, setupCommand } from './commands/setup-command';

const M = messages.cli;

// Profile-file faults read in French, like every other message.
z.config(fr());

/** One French line on stderr, exit status 2: never a stack trace, never a raw control character. */
function fail(message: string): never {
  process.stderr.write(`${printable(message, 2000)}\n`);
  process.exit(2);
}

/** Writes to stdout, waiting when the reader is slower: a big report is never queued whole in memory. */
function write(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

function commanderMessage(error: CommanderError): string {
  const option = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.missingArgument':
      return M.missingPath;
    case 'commander.unknownOption':
      return M.unknownOption(option);
    case 'commander.optionMissingArgument':
      return M.missingOptionValue(option.split(/[ ,]/)[0] ?? option);
    case 'commander.excessArguments':
      return M.tooManyArguments;
    case 'commander.unknownCommand':
      return M.unknownCommand(option);
    default:
      return M.unexpected(error.message);
  }
}

/** French help option; commander's English errors silenced and thrown to main(), which says them in French. */
function quiet(command: Command): Command {
  return command.helpOption('-h, --help', "afficher l'aide").exitOverride().configureOutput({ writeErr: () => undefined });
}

export function buildProgram(): Command {
  const program = quiet(new Command('pacte'))
    .description('Cohorte PACTE : vérifier un classeur de cohorte téléchargé, sans accès à Google.')
    .helpCommand(false);

  quiet(program.command('check'))
    .description('Vérifier les candidatures et l\'éligibilité au diplôme d\'un classeur (.xlsx ou dossier de .csv).')
    .argument('<classeur>', 'fichier .xlsx ou dossier contenant un .csv par onglet')
    .option('--profile <profil>', 'identifiant de profil (bretagne-2025, …) ou fichier .json de profil')
    .option('--today <AAAA-MM-JJ>', 'date du jour à utiliser (par défaut : aujourd\'hui, heure de Paris)')
    .option('--json', 'sortie JSON (un seul document sur la sortie standard)')
    .action(async (target: string, options: { profile?: string; today?: string; json?: boolean }) => {
      const { chunks } = await runCheck(target, options);
      for (const chunk of chunks()) await write(chunk);
      await write('\n');
    });

  quiet(program.command('relances'))
    .description("Lister les relances dues ce jour-là, exactement ce que l'envoi quotidien enverrait, sans rien envoyer.")
    .argument('<classeur>', 'fichier .xlsx ou dossier contenant un .csv par onglet')
    .option('--profile <profil>', 'identifiant de profil (bretagne-2025, …) ou fichier .json de profil')
    .option('--today <AAAA-MM-JJ>', 'date du jour à utiliser (par défaut : aujourd\'hui, heure de Paris)')
    .option('--json', 'sortie JSON (un seul document sur la sortie standard)')
    .action(async (target: string, options: { profile?: string; today?: string; json?: boolean }) => {
      const { output } = await runRelances(target, options);
      await write(`${output}\n`);
    });

  quiet(program.command('demo'))
    .description('Écrire une cohorte de démonstration (personnes fictives) et la vérifier.')
    .option('--size <n>', 'nombre de candidatures', '40')
    .option('--out <dossier>', 'dossier où écrire le classeur', 'demo')
    .action(async (options: { size: string; out: string }) => {
      // Loaded on demand: the demo writes with exceljs, which `pacte check` does not need (~35 MB).
      // require, not import(): the bin runs through tsx's CommonJS hook.
      const { runDemo } = require('./commands/demo') as typeof import('./commands/demo');
      process.stdout.write(`${await runDemo(options)}\n`);
    });
  setupCommand(quiet(program.command('setup')));
  deployCommand(quiet(program.command('deploy')));
  reportCommand(quiet(program.command('report')));
  loginCommands(quiet(program.command('login')), quiet(program.command('logout')));
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.help' || error.code === 'commander.version') process.exit(0);
      fail(commanderMessage(error));
    }
    if (error instanceof UserError) fail(error.message);
    fail(M.unexpected(error instanceof Error ? error.message : String(error)));
  }
}

void main(process.argv.slice(2));

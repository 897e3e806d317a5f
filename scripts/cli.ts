/**
 * `pacte`: the product's command line (thin: parses flags, runs a command, maps errors to exit 2).
 * Shipped prebuilt (bin/build-cli.js); a command's modules are required inside its action, so
 * `pacte --help` loads neither the xlsx reader nor zod, and `pacte check` never loads exceljs.
 * One `register…` function per command: adding a command is adding one function and one call.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, type CommanderError, Help, type Option } from 'commander';
import { UserError } from '../src/domain/errors';
import { messages, printable } from '../src/domain/messages';
import { cliMessages } from './messages';
import { PRESET_ID_LIST } from '../src/domain/preset-ids';
import { loginCommands } from './commands/login';
import { deployCommand, reportCommand, setupCommand } from './commands/setup-command';

const M = messages.cli;
const C = cliMessages;

/** One French line on stderr, exit status 2: never a stack trace, never a raw control character. */
function fail(message: string): never {
  process.stderr.write(`${printable(message, 2000)}\n`);
  process.exit(2);
}

/** Writes to stdout, waiting when the reader is slower: a big report is never queued whole in memory. */
export function write(text: string): Promise<void> {
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

/** The version in package.json (one level up from scripts/ and from the built dist-cli/). */
function version(): string {
  try {
    return (JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

/** The command an error came from, so that its message names that command's own options. */
class CommandError extends Error {
  constructor(
    readonly error: CommanderError,
    readonly command: Command,
  ) {
    super(error.message);
  }
}

/** `pacte demo`, `pacte check`…: the command's full name as typed. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

function optionNames(command: Command): string[] {
  return [...command.options.map((o) => o.long ?? o.short ?? '').filter(Boolean), '--help'];
}

function commanderMessage({ error, command }: CommandError): string {
  const option = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  const name = commandPath(command);
  switch (error.code) {
    case 'commander.missingArgument':
      return command.name() === 'check' ? M.missingPath : M.missingArgument(name, command.usage());
    case 'commander.unknownOption':
      return M.unknownOption(option, name, optionNames(command));
    case 'commander.optionMissingArgument':
      return M.missingOptionValue(option.split(/[ ,]/)[0] ?? option);
    case 'commander.excessArguments':
      return command.name() === 'check' ? M.tooManyArguments : M.excessArguments(name);
    case 'commander.unknownCommand':
      return M.unknownCommand(
        option,
        (command.commands as Command[]).map((c) => c.name()),
      );
    default:
      return M.unexpected(error.message);
  }
}

/** Commander's help, in French: titles, usage words and defaults (`(par défaut : 40)`). */
class FrenchHelp extends Help {
  override styleTitle(title: string): string {
    return C.helpTitles[title as keyof typeof C.helpTitles] ?? title;
  }
  override styleUsage(usage: string): string {
    return usage.replace('[command]', '[commande]');
  }
  override optionDescription(option: Option): string {
    const shown = option.defaultValueDescription ?? (option.defaultValue === undefined ? undefined : String(option.defaultValue));
    return shown === undefined ? option.description : C.helpDefault(option.description, shown);
  }
}

/** French help option; commander's English errors silenced and thrown to main(), which says them in French. */
function quiet(command: Command): Command {
  command.createHelp = () => new FrenchHelp();
  return command
    .helpOption('-h, --help', C.help.help)
    .exitOverride((error) => {
      throw new CommandError(error, command);
    })
    .configureOutput({ writeErr: () => undefined });
}

interface DayOptions {
  profile?: string;
  today?: string;
  json?: boolean;
}

/** `pacte check` and `pacte relances`: a downloaded workbook judged on one day (`--profile`, `--today`, `--json`). */
function workbookOnDay(program: Command, name: string, description: string): Command {
  return quiet(program.command(name))
    .description(description)
    .argument('<classeur>', C.help.checkTarget)
    .option('--profile <profil>', C.help.profile(PRESET_ID_LIST))
    .option('--today <AAAA-MM-JJ>', C.help.today)
    .option('--json', C.help.json);
}

function registerCheck(program: Command): void {
  workbookOnDay(program, 'check', C.help.check).action(async (target: string, options: DayOptions) => {
    // require, not import: loaded only when this command runs (the bundle wraps it lazily).
    const { runCheck } = require('./commands/check') as typeof import('./commands/check');
    const { chunks } = await runCheck(target, options);
    for (const chunk of chunks()) await write(chunk);
    await write('\n');
  });
}

function registerRelances(program: Command): void {
  workbookOnDay(program, 'relances', C.help.relances).action(async (target: string, options: DayOptions) => {
    const { runRelances } = require('./commands/relances') as typeof import('./commands/relances');
    const { output } = await runRelances(target, options);
    await write(`${output}\n`);
  });
}

function registerSelection(program: Command): void {
  quiet(program.command('selection'))
    .description(C.help.selection)
    .argument('<classeur>', C.help.checkTarget)
    .option('--profile <profil>', C.help.selectionProfile(PRESET_ID_LIST))
    .option('--json', C.help.json)
    .option('--xlsx <fichier>', C.help.xlsx)
    .action(async (target: string, options: { profile?: string; json?: boolean; xlsx?: string }) => {
      // Loaded on demand, like every command; exceljs only when --xlsx asks for the EHESP list.
      const { runSelection } = require('./commands/selection') as typeof import('./commands/selection');
      const { output } = await runSelection(target, options);
      await write(`${output}\n`);
    });
}

function registerDemo(program: Command): void {
  quiet(program.command('demo'))
    .description(C.help.demo)
    .option('--size <n>', C.help.size, '40')
    .option('--out <dossier>', C.help.out, 'demo')
    .action(async (options: { size: string; out: string }) => {
      // Loaded on demand: the demo writes with exceljs, which `pacte check` does not need (~35 MB).
      const { runDemo } = require('./commands/demo') as typeof import('./commands/demo');
      process.stdout.write(`${await runDemo(options)}\n`);
    });
}

/** `pacte help [commande]`: the same help as `pacte --help` or `pacte <commande> --help`. */
function registerHelp(program: Command): void {
  quiet(program.command('help'))
    .description(C.help.helpCommand)
    .argument('[commande]', C.help.helpTarget)
    .action((name: string | undefined) => {
      if (name === undefined) return program.outputHelp();
      const command = (program.commands as Command[]).find((c) => c.name() === name);
      if (!command)
        throw new UserError(
          M.unknownCommand(
            name,
            (program.commands as Command[]).map((c) => c.name()),
          ),
        );
      command.outputHelp();
    });
}

export function buildProgram(): Command {
  const program = quiet(new Command('pacte'))
    .description(C.help.program)
    .version(version(), '-v, --version', C.help.version)
    .helpCommand(false)
    .addHelpText('after', C.help.after);
  registerCheck(program);
  registerRelances(program);
  registerSelection(program);
  registerDemo(program);
  setupCommand(quiet(program.command('setup')));
  deployCommand(quiet(program.command('deploy')));
  reportCommand(quiet(program.command('report')));
  loginCommands(quiet(program.command('login')), quiet(program.command('logout')));
  registerHelp(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  const program = buildProgram();
  // `pacte` alone: the help on stdout, exit 0 (asking what the command does is not an error, and a
  // non-zero status would make npx add its own English error lines under the help).
  if (argv.length === 0) {
    program.outputHelp();
    return;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommandError) {
      const code = error.error.code;
      if (code === 'commander.helpDisplayed' || code === 'commander.help' || code === 'commander.version') process.exit(0);
      fail(commanderMessage(error));
    }
    if (error instanceof UserError) fail(error.message);
    fail(M.unexpected(error instanceof Error ? error.message : String(error)));
  }
}

void main(process.argv.slice(2));

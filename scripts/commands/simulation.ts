/**
 * `--simulation`: `pacte setup|deploy|report` against the simulated Google on this computer (Drive, Sheets,
 * the Apps Script API: scripts/simulation), its state kept in a folder (`.pacte-simulation/` by default),
 * so that a national coordinator rehearses the whole round without a Google account. The REAL googleapis
 * clients are used, pointed at the simulation's local HTTP server: only the address and the token differ.
 * The simulated regions' manifest lives in that folder too, never beside the real one.
 */
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import * as z from 'zod/mini';
import { UserError } from '../../src/domain/errors';
import { googleClients, Pacer, type GoogleClients } from '../google/client';
import { googleMessages } from '../google/messages';
import { FolderStore } from '../simulation/folder-store';
import { SimulatedGoogle } from '../simulation/server';

export const DEFAULT_SIMULATION_DIR = '.pacte-simulation';
export const MANIFEST_NAME = 'pacte.regions.json';

/** `--simulation` alone (true) or `--simulation <dossier>`; anything else is refused in French. */
const simulationFlag = z.optional(z.union([z.literal(true), z.string().check(z.trim(), z.minLength(1))]));

/** The simulation folder the flags ask for, or undefined for real Google. */
export function simulationDir(value: unknown): string | undefined {
  const parsed = simulationFlag.safeParse(value);
  if (!parsed.success) throw new UserError(googleMessages.simulation.badFolder(String(value)));
  if (parsed.data === undefined) return undefined;
  const dir = path.resolve(parsed.data === true ? DEFAULT_SIMULATION_DIR : parsed.data);
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new UserError(googleMessages.simulation.badFolder(String(value)));
  return dir;
}

export interface LocalSimulation {
  dir: string;
  /** The manifest the simulated regions are written to (in the simulation folder). */
  manifest: string;
  clients: () => GoogleClients;
  stop: () => Promise<void>;
}

/**
 * The simulated Google started on 127.0.0.1 over the folder. The Sheets pacer is off: the simulation has
 * no quota, and a 13-region rehearsal paced at Google's 60 requests a minute would take a quarter of an hour.
 */
export async function startSimulation(dir: string): Promise<LocalSimulation> {
  const google = new SimulatedGoogle(new FolderStore(dir));
  const url = await google.start();
  const env = { PACTE_GOOGLE_API_ROOT: url, PACTE_ACCESS_TOKEN: 'simulation' };
  const clients = googleClients({ env, pacer: new Pacer(Number.POSITIVE_INFINITY) });
  return { dir, manifest: path.join(dir, MANIFEST_NAME), clients: () => clients, stop: () => google.stop() };
}

/**
 * Runs one command against real Google (the stored login) or, with `--simulation`, against the local one,
 * stopped afterwards. `manifestGiven`: the person named a manifest (else the simulation's own is used).
 */
export async function withGoogle<T>(
  options: { simulation?: unknown; manifest?: string },
  manifestGiven: boolean,
  loggedIn: () => Promise<GoogleClients>,
  run: (google: () => GoogleClients | Promise<GoogleClients>, manifest: string | undefined) => Promise<T>,
): Promise<T> {
  const dir = simulationDir(options.simulation);
  if (!dir) return run(loggedIn, options.manifest);
  process.stderr.write(`${googleMessages.simulation.banner(path.relative(process.cwd(), dir) || '.')}\n`);
  const simulation = await startSimulation(dir);
  try {
    return await run(simulation.clients, manifestGiven ? options.manifest : simulation.manifest);
  } finally {
    await simulation.stop();
  }
}

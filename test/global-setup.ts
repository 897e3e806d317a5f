/**
 * Builds dist/ once before the suites that load the bundle as Apps Script would, and the prebuilt
 * `pacte` (dist-cli/) so that the CLI suites do not each start by building it.
 */
import { buildAll, buildCli } from '../scripts/build';

export default async function globalSetup(): Promise<void> {
  await buildAll();
  buildCli();
}

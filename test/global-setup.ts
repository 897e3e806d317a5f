/** Builds dist/ once before the suites that load the bundle as Apps Script would. */
import { buildAll } from '../scripts/build';

export default async function globalSetup(): Promise<void> {
  await buildAll();
}

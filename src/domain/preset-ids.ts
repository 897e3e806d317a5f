/**
 * The preset ids, without the presets: `pacte --help` lists them without loading the profile schema
 * (zod costs ~0.1 s of start-up). test/cli/startup.test.ts checks it equals presets.ts's PRESET_IDS.
 */
export const PRESET_ID_LIST: readonly string[] = ['bretagne-2025', 'bfc-promo8', 'hdf-leader-2024', 'cpts-national'];

/**
 * The preset a person names when a workbook is set up: by its region as they would say it
 * (« Bretagne », « hauts de france »), never by a technical id (still accepted, for those who know it).
 */
import { fold } from './text';
import { allPresets, type Profile } from './presets';

/** Case, accents, hyphens and apostrophes aside: « Hauts de France » is « Hauts-de-France ». */
const loose = (value: string) => fold(value.replace(/[-–—'’_]/g, ' '));

/** The regions offered, in the presets' order (each preset is one region's). */
export function presetRegions(): string[] {
  return allPresets().map((p) => p.region);
}

/** The preset whose region (or id) `answer` names; undefined when none does. */
export function findPreset(answer: string): Profile | undefined {
  const wanted = loose(answer);
  if (!wanted) return undefined;
  return allPresets().find((p) => loose(p.region) === wanted || loose(p.id) === wanted);
}

/**
 * The regions' manifest's format (`pacte.regions.json`, README « Le manifeste des régions ») and its
 * reading: every wrong shape said in French, naming the region and the field, never « illisible ([) ».
 */
import * as z from 'zod/mini';
import { UserError } from '../../src/domain/errors';
import { googleMessages } from '../google/messages';

const M = googleMessages.manifest;

const text = z.string().check(z.trim(), z.minLength(1));

export const entrySchema = z.strictObject({
  promo: text,
  spreadsheetId: text,
  url: text,
  scriptId: z.optional(text),
  staff: z.array(z.email()),
  /** The Google account that created the workbook: the one to ask for it (`drive.file`). */
  createdBy: z.optional(z.email()),
  lastDeploy: z.optional(z.string()),
});
const manifestSchema = z.record(z.string(), entrySchema);
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = z.infer<typeof entrySchema>;

/** A region's key: what `--region` names (lower case, as setup writes it). */
const REGION_ID = /^[a-z0-9][a-z0-9-]*$/;
/** Enough problems to fix at once, without a wall of text. */
const SHOWN = 4;

function found(value: unknown): string {
  if (Array.isArray(value)) return M.found.array;
  if (value === null) return M.found.null;
  if (typeof value === 'object') return M.found.object;
  if (typeof value === 'string') return M.found.text(value);
  return String(value);
}

function at(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  return value;
}

/** One zod issue as a person reads it: where (region › field › index), what was expected, what was found. */
function problem(data: unknown, issue: z.core.$ZodIssue): string {
  const where = issue.path.map(String);
  const value = at(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return M.at(where.slice(0, -1), M.missing(where[where.length - 1] ?? ''));
      return M.at(where, M.expected(M.kinds[issue.expected] ?? issue.expected, found(value)));
    case 'too_small':
      return M.at(where, M.emptyText);
    case 'invalid_format':
      return M.at(where, M.badEmail(found(value)));
    case 'unrecognized_keys':
      return M.at(where, M.unknownField(issue.keys, Object.keys(entrySchema.shape)));
    default:
      return M.at(where, issue.message);
  }
}

/** Line and column (1-based) of a JSON.parse error, from the position V8 names (else the end of the text). */
function errorPlace(error: unknown, text: string): { line: number; column: number } {
  const position = Number(/position (\d+)/.exec(String((error as Error).message))?.[1] ?? text.length);
  const before = text.slice(0, position).split('\n');
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/** The manifest's text, checked: the manifest, or a UserError naming every problem (the first few). */
export function parseManifest(text: string, file: string): Manifest {
  if (!text.trim()) throw new UserError(M.empty(file));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const { line, column } = errorPlace(e, text);
    throw new UserError(M.badJson(file, line, column));
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new UserError(M.badShape(file, [M.notObject(found(data))]));
  const problems = Object.keys(data)
    .filter((id) => !REGION_ID.test(id))
    .map((id) => M.badRegionId(id));
  const parsed = manifestSchema.safeParse(data);
  if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => problem(data, issue)));
  if (problems.length === 0 && parsed.success) return parsed.data;
  const shown = problems.slice(0, SHOWN);
  if (problems.length > SHOWN) shown.push(M.more(problems.length - SHOWN));
  throw new UserError(M.badShape(file, shown));
}

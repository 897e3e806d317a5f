/** The simulation folder's index (google.json): checked when read, so a damaged folder is said in French, not crashed on. */
import * as z from 'zod/mini';
import { UserError } from '../../src/domain/errors';
import { googleMessages } from '../google/messages';

const fileSchema = z.object({
  id: z.string(),
  name: z.string(),
  mimeType: z.string(),
  parents: z.array(z.string()),
  appProperties: z.record(z.string(), z.string()),
  permissions: z.array(z.record(z.string(), z.unknown())),
  createdBy: z.string(),
  trashed: z.optional(z.boolean()),
  revision: z.int(),
});
const projectSchema = z.object({ scriptId: z.string(), title: z.string(), parentId: z.string(), revision: z.int() });
const indexSchema = z.object({
  format: z.literal(1),
  counters: z.object({ file: z.int(), script: z.int() }),
  files: z.array(fileSchema),
  projects: z.array(projectSchema),
});
export type StoredIndex = z.infer<typeof indexSchema>;

export function parseIndex(text: string, file: string): StoredIndex {
  try {
    return indexSchema.parse(JSON.parse(text));
  } catch {
    throw new UserError(googleMessages.simulation.damaged(file));
  }
}

/**
 * Server functions called from a sidebar (google.script.run): the argument is validated with zod
 * before anything is read, and any failure reaches the page as one French message.
 */
import type * as z from 'zod/mini';
import { UserError } from '../domain/errors';
import { messages } from '../domain/messages';

export function serverFunction<S extends z.ZodMiniType, R>(schema: S, handler: (arg: z.infer<S>) => R): (arg: unknown) => R {
  return (arg: unknown) => {
    const parsed = schema.safeParse(arg);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new Error(messages.sheet.attendance.invalidRequest(issue ? issue.path.join('.') : ''));
    }
    try {
      return handler(parsed.data);
    } catch (error) {
      if (error instanceof UserError) throw new Error(error.message);
      console.error(error);
      throw new Error(messages.sheet.unexpected(error instanceof Error ? error.message : String(error)));
    }
  };
}

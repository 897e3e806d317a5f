/** Request fields every sidebar contract validates the same way. */
import * as z from 'zod/mini';
import { isDay } from '../../domain/dates';

/** An ID (session, learner…): not empty, not absurdly long. */
export const idField = z.string().check(z.minLength(1), z.maxLength(200));
/** AAAA-MM-JJ, a real day. */
export const dayField = z.string().check(z.refine(isDay));

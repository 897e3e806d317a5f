/**
 * A regional profile: the rules of one promo, as data. Presets ship with the product;
 * `Paramètres` overrides a few keys. No region name ever appears in logic.
 * zod/mini keeps the Apps Script bundle small (the classic API drags in every locale).
 */
import * as z from 'zod/mini';
import { isDay } from './dates';
import { DEFAULT_REMINDERS } from './reminders/defaults';
import { reminderRuleSchema } from './reminders/triggers';
import { SESSION_AUDIENCES, SESSION_TYPES, STRUCTURE_TYPES } from './vocabulary';

const day = z.string().check(z.refine(isDay, { message: 'date AAAA-MM-JJ attendue' }));
const text = z.string().check(z.minLength(1));
const positive = z.number().check(z.positive());
const count = z.int().check(z.gte(0));

export const PIECES = ['cv', 'motivationLetter', 'teamEngagementLetter', 'photo'] as const;
export type Piece = (typeof PIECES)[number];

/** The `Candidatures` column that records each piece. */
export const PIECE_COLUMNS: Record<Piece, string> = {
  cv: 'CV',
  motivationLetter: 'Lettre de motivation',
  teamEngagementLetter: "Lettre d'engagement de l'équipe",
  photo: 'Photo',
};

export const sessionSchema = z
  .strictObject({
    id: text,
    title: text,
    type: z.enum(SESSION_TYPES),
    start: day,
    end: day,
    place: z.optional(z.string()),
    compulsory: z.boolean(),
    audience: z.enum(SESSION_AUDIENCES),
    hours: z.optional(positive),
  })
  .check(z.refine((s) => s.end >= s.start, { message: 'la date de fin précède la date de début', path: ['end'] }));
export type ProfileSession = z.infer<typeof sessionSchema>;

export const profileSchema = z
  .strictObject({
    id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'identifiant en minuscules, chiffres et tirets')),
    label: text,
    region: text,
    federation: text,
    promo: text,
    diplomaTitle: text,
    structureTypes: z.array(z.enum(STRUCTURE_TYPES)).check(z.minLength(1)),
    applicationWindow: z.strictObject({ opens: z.optional(day), closes: z.optional(day) }),
    requiredPieces: z.array(z.enum(PIECES)),
    conditions: z.strictObject({
      /** An MSP must have its projet de santé validated by the ARS. */
      healthProjectValidatedForMsp: z.boolean(),
      /** The structure is a member of the federation, dues paid. */
      federationMembership: z.boolean(),
      /** The team letter commits a project leader to T0 and PACTE+. */
      engagementCommitment: z.boolean(),
    }),
    sessions: z.array(sessionSchema),
    diploma: z.strictObject({
      ects: z.optional(positive),
      excusedAbsencesAllowed: count,
      productions: z.array(text),
      thesisMinPages: z.optional(count),
      thesisDeadline: z.optional(day),
      defenceMinutes: z.optional(z.int().check(z.positive())),
    }),
    hours: z.strictObject({
      total: z.optional(positive),
      inPerson: z.optional(positive),
      elearning: z.optional(positive),
      team: z.optional(positive),
    }),
    modules: z.array(
      z.strictObject({
        title: text,
        kind: z.enum(['core', 'complementary']),
        onlyFor: z.optional(z.array(z.enum(STRUCTURE_TYPES))),
      }),
    ),
    steeringCommittee: z.array(z.string()),
    /** Organisations to contact; never a person's name or address (they are real people). */
    contacts: z.array(z.strictObject({ role: z.string(), organisation: z.string() })),
    funding: z.array(z.string()),
    /** The reminder rules written into `Relances` by the set-up; a profile file may leave them out. */
    reminders: z._default(z.array(reminderRuleSchema), () => DEFAULT_REMINDERS.map((r) => ({ ...r }))),
  })
  .check(
    z.refine((p) => !p.applicationWindow.opens || !p.applicationWindow.closes || p.applicationWindow.opens <= p.applicationWindow.closes, {
      message: "l'ouverture des candidatures suit la date limite",
      path: ['applicationWindow'],
    }),
    z.refine((p) => new Set(p.sessions.map((s) => s.id)).size === p.sessions.length, {
      message: 'deux séances portent le même identifiant',
      path: ['sessions'],
    }),
    z.refine((p) => new Set(p.reminders.map((r) => r.id)).size === p.reminders.length, {
      message: 'deux relances portent le même identifiant',
      path: ['reminders'],
    }),
  );

export type Profile = z.infer<typeof profileSchema>;

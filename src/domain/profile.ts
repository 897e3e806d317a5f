/**
 * A regional profile: the rules of one promo, as data. Presets ship with the product;
 * `Paramètres` overrides a few keys. No region name ever appears in logic.
 */
import { z } from 'zod';
import { isDay } from './dates';
import { SESSION_AUDIENCES, SESSION_TYPES, STRUCTURE_TYPES } from '../workbook/schema';

const day = z.string().refine(isDay, { message: 'date AAAA-MM-JJ attendue' });

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
  .object({
    id: z.string().min(1),
    title: z.string().min(1),
    type: z.enum(SESSION_TYPES),
    start: day,
    end: day,
    place: z.string().optional(),
    compulsory: z.boolean(),
    audience: z.enum(SESSION_AUDIENCES),
    hours: z.number().positive().optional(),
  })
  .refine((s) => s.end >= s.start, { message: 'la date de fin précède la date de début', path: ['end'] });
export type ProfileSession = z.infer<typeof sessionSchema>;

export const profileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'identifiant en minuscules, chiffres et tirets'),
    label: z.string().min(1),
    region: z.string().min(1),
    federation: z.string().min(1),
    promo: z.string().min(1),
    diplomaTitle: z.string().min(1),
    structureTypes: z.array(z.enum(STRUCTURE_TYPES)).min(1),
    applicationWindow: z.object({ opens: day.optional(), closes: day.optional() }),
    requiredPieces: z.array(z.enum(PIECES)),
    conditions: z.object({
      /** An MSP must have its projet de santé validated by the ARS. */
      healthProjectValidatedForMsp: z.boolean(),
      /** The structure is a member of the federation, dues paid. */
      federationMembership: z.boolean(),
      /** The team letter commits a project leader to T0 and PACTE+. */
      engagementCommitment: z.boolean(),
    }),
    sessions: z.array(sessionSchema),
    diploma: z.object({
      ects: z.number().positive().optional(),
      excusedAbsencesAllowed: z.number().int().min(0),
      productions: z.array(z.string().min(1)),
      thesisMinPages: z.number().int().min(0).optional(),
      thesisDeadline: day.optional(),
      defenceMinutes: z.number().int().positive().optional(),
    }),
    hours: z.object({
      total: z.number().positive().optional(),
      inPerson: z.number().positive().optional(),
      elearning: z.number().positive().optional(),
      team: z.number().positive().optional(),
    }),
    modules: z.array(
      z.object({
        title: z.string().min(1),
        kind: z.enum(['core', 'complementary']),
        onlyFor: z.array(z.enum(STRUCTURE_TYPES)).optional(),
      }),
    ),
    steeringCommittee: z.array(z.string()),
    /** Organisations to contact; never a person's name or address (they are real people). */
    contacts: z.array(z.object({ role: z.string(), organisation: z.string() })),
    funding: z.array(z.string()),
  })
  .strict()
  .refine(
    (p) => !p.applicationWindow.opens || !p.applicationWindow.closes || p.applicationWindow.opens <= p.applicationWindow.closes,
    { message: "l'ouverture des candidatures suit la date limite", path: ['applicationWindow'] },
  )
  .refine((p) => new Set(p.sessions.map((s) => s.id)).size === p.sessions.length, {
    message: 'deux séances portent le même identifiant',
    path: ['sessions'],
  });

export type Profile = z.infer<typeof profileSchema>;

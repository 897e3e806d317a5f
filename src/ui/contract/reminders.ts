/** The reminders sidebar's calls (Relances…): each request and answer as a zod schema, its type inferred. */
import * as z from 'zod/mini';

export const reminderTestRequestSchema = z.strictObject({ key: z.string().check(z.minLength(1), z.maxLength(500)) });
export const remindersAutomaticRequestSchema = z.strictObject({ on: z.boolean() });

export const reminderPreviewSchema = z.strictObject({
  key: z.string(),
  /** « C-0003 · Camille Martin », or « Équipe » for the digest. */
  who: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  /** Plain text, as the recipient reads it (the page shows it as text, never as HTML). */
  body: z.string(),
});
export type ReminderPreview = z.infer<typeof reminderPreviewSchema>;

export const triggerStateSchema = z.strictObject({
  installed: z.boolean(),
  /** Whose account runs it (and sends the mail); '' when none is known. */
  owner: z.string(),
  /** Installed by the person using the sidebar. */
  mine: z.boolean(),
  /** French sentence for the page. */
  description: z.string(),
});
export type TriggerState = z.infer<typeof triggerStateSchema>;

export const remindersViewSchema = z.strictObject({
  /** YYYY-MM-DD (the page writes it JJ/MM/AAAA). */
  today: z.string(),
  total: z.number(),
  /** Per rule: its id, its `Quand`, and what it does in words (messages.reminders.describe). */
  groups: z.array(z.strictObject({ rule: z.string(), when: z.string(), label: z.string(), reminders: z.array(reminderPreviewSchema) })),
  problems: z.array(z.string()),
  automatic: z.boolean(),
  trigger: triggerStateSchema,
  /** Recipients MailApp may still reach today. */
  quota: z.number(),
  user: z.string(),
});
export type RemindersView = z.infer<typeof remindersViewSchema>;

export const sendNowResultSchema = z.strictObject({ message: z.string(), sent: z.number() });
export type SendNowResult = z.infer<typeof sendNowResultSchema>;

/**
 * MailApp, as strict as Google:
 * - https://developers.google.com/apps-script/reference/mail/mail-app : sendEmail(recipient, subject,
 *   body, options) and sendEmail(message); options name, replyTo, htmlBody, cc, bcc, noReply;
 *   getRemainingDailyQuota() "Returns the number of recipients you can send emails to for the rest
 *   of the day"; scope https://www.googleapis.com/auth/script.send_mail.
 * - https://developers.google.com/apps-script/guides/services/quotas : "Email recipients per day":
 *   100 for consumer accounts, 1,500 for Google Workspace; a recipient counts once per message for
 *   each of to, cc and bcc; "Daily quotas are refreshed at the end of a 24-hour window". Beyond it,
 *   sending throws "Service invoked too many times for one day: email."; also "Email recipients per
 *   message: 50" and "Email body size: 200 KB / message" ("Limit Exceeded: Email Recipients Per
 *   Message." / "Limit Exceeded: Email Body Size."), "Email attachments per message: 250" and
 *   "Email total attachments size: 25 MB / message".
 * - options `attachments`: "BlobSource[] — an array of files to send with the email"
 *   (https://developers.google.com/apps-script/reference/mail/mail-app#sendEmail(String,String,String,Object)):
 *   each item must give its Blob (getBlob), whose name and content type the message carries.
 * Every message sent is recorded (sim.mail.sent()).
 */
import { registerAuthRule } from './auth';
import type { SimContext } from './context';
import { gasError, invalidArgument } from './errors';

export const CONSUMER_RECIPIENTS_PER_DAY = 100;
export const WORKSPACE_RECIPIENTS_PER_DAY = 1500;
export const MAX_RECIPIENTS_PER_MESSAGE = 50;
export const MAX_BODY_BYTES = 200 * 1024;
export const MAX_ATTACHMENTS = 250;
export const MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;
const SEND_MAIL = 'https://www.googleapis.com/auth/script.send_mail';
// A time-driven trigger runs in FULL; simple triggers (LIMITED) cannot send mail.
registerAuthRule('MailApp.*', { modes: ['FULL'], scope: SEND_MAIL });

export interface SentMail {
  at: Date;
  /** The account it goes out from: the person the execution runs as. */
  from: string;
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  /** Files sent with the message, as the recipient gets them. */
  attachments: SentAttachment[];
}

export interface SentAttachment {
  name: string | null;
  contentType: string | null;
  /** The bytes, read as UTF-8 (the product attaches text: iCalendar files, the simulator's PDFs). */
  content: string;
}

export class MailStore {
  sent: SentMail[] = [];
  recipientsPerDay = CONSUMER_RECIPIENTS_PER_DAY;
  /** The 24-hour quota window, from the first recipient counted. */
  windowStartMs: number | null = null;
  used = 0;
}

const ADDRESS = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\.]{2,}$/;

function addresses(value: unknown): string[] {
  if (value === undefined || value === null || value === '') return [];
  return String(value)
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '');
}

interface BlobLike {
  getBytes(): number[];
  getContentType(): string | null;
  getName(): string | null;
}

/** `attachments`: an array of BlobSource (each answers getBlob), within Google's per-message limits. */
function readAttachments(value: unknown): SentAttachment[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw invalidArgument('attachments');
  if (value.length > MAX_ATTACHMENTS) throw gasError('Limit Exceeded: Email Attachments Per Message.');
  let total = 0;
  const out = value.map((source: unknown) => {
    const getBlob = (source as { getBlob?: unknown } | null)?.getBlob;
    if (typeof getBlob !== 'function') throw invalidArgument('attachments');
    const blob = (getBlob as () => BlobLike).call(source);
    const bytes = Buffer.from(blob.getBytes().map((b) => b & 0xff));
    total += bytes.length;
    return { name: blob.getName(), contentType: blob.getContentType(), content: bytes.toString('utf8') };
  });
  if (total > MAX_ATTACHMENT_BYTES) throw gasError('Limit Exceeded: Email Total Attachments Size.');
  return out;
}

export function createMailApp(ctx: SimContext, store: MailStore): GoogleAppsScript.Mail.MailApp {
  const refresh = () => {
    if (store.windowStartMs !== null && ctx.clock.nowMs() - store.windowStartMs >= DAY_MS) {
      store.windowStartMs = null;
      store.used = 0;
    }
  };
  const send = (message: Record<string, unknown>) => {
    const to = addresses(message.to);
    const cc = addresses(message.cc);
    const bcc = addresses(message.bcc);
    if (to.length + cc.length + bcc.length === 0) throw invalidArgument('recipient');
    for (const a of [...to, ...cc, ...bcc]) if (!ADDRESS.test(a)) throw gasError(`Invalid email: ${a}`);
    const subject = message.subject;
    if (typeof subject !== 'string') throw invalidArgument('subject');
    const count = to.length + cc.length + bcc.length;
    if (count > MAX_RECIPIENTS_PER_MESSAGE) throw gasError('Limit Exceeded: Email Recipients Per Message.');
    const size = Buffer.byteLength(String(message.body ?? ''), 'utf8') + Buffer.byteLength(String(message.htmlBody ?? ''), 'utf8');
    if (size > MAX_BODY_BYTES) throw gasError('Limit Exceeded: Email Body Size.');
    const attachments = readAttachments(message.attachments);
    refresh();
    if (store.used + count > store.recipientsPerDay) throw gasError('Service invoked too many times for one day: email.');
    store.windowStartMs ??= ctx.clock.nowMs();
    store.used += count;
    const optional = (k: string) => (typeof message[k] === 'string' ? { [k]: message[k] as string } : {});
    store.sent.push({
      at: ctx.clock.now(),
      from: ctx.userEmail,
      to,
      cc,
      bcc,
      subject,
      body: String(message.body ?? ''),
      ...optional('htmlBody'),
      ...optional('name'),
      ...optional('replyTo'),
      attachments,
    });
  };
  const service = {
    getRemainingDailyQuota: () => {
      refresh();
      return store.recipientsPerDay - store.used;
    },
    sendEmail: (...args: unknown[]) => {
      if (args.length === 1 && typeof args[0] === 'object' && args[0] !== null) return send(args[0] as Record<string, unknown>);
      if (args.length === 3 || args.length === 4) {
        const [recipient, subject, body, options] = args;
        if (args.length === 4 && typeof options === 'string') {
          // sendEmail(to, replyTo, subject, body)
          return send({ to: recipient, replyTo: subject, subject: body, body: options });
        }
        return send({ ...(options as Record<string, unknown> | undefined), to: recipient, subject, body });
      }
      throw invalidArgument('sendEmail');
    },
  };
  return ctx.runtime.instrument(service, 'MailApp') as unknown as GoogleAppsScript.Mail.MailApp;
}

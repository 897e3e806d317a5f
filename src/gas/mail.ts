/** MailApp (scope script.send_mail): sending one message, and the recipients left today. */
import type { BlobHandle } from './handles';
import { blobOf, blobHandle } from './handles';

export interface OutgoingMail {
  to: readonly string[];
  /** Copies (MailApp's `cc`): each counts against the daily recipients quota like `to`. */
  cc?: readonly string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  /** Files sent with the message (MailApp's `attachments`, BlobSource[]). */
  attachments?: readonly BlobHandle[];
}

/**
 * https://developers.google.com/apps-script/reference/mail/mail-app#sendemailrecipient,-subject,-body,-options
 * (options `cc`: "a comma-separated list of email addresses to CC"; `attachments`: "an array of files
 * to send with the email"). Google's errors are thrown as they come: the caller tells a certain
 * refusal from an unknown outcome.
 */
export function sendMail(mail: OutgoingMail): void {
  const { to, subject, body, cc, attachments, ...rest } = mail;
  // Only the options given: an undefined `replyTo` is not "no reply-to" for every client library.
  const options: Record<string, unknown> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== ''));
  if (cc?.length) options.cc = cc.join(',');
  if (attachments?.length) options.attachments = attachments.map(blobOf);
  MailApp.sendEmail(to.join(','), subject, body, options);
}

/**
 * A text file to attach, e.g. an invitation: `Utilities.newBlob(data, contentType, name)`
 * (https://developers.google.com/apps-script/reference/utilities/utilities#newblobdata,-contenttype,-name);
 * the text is stored as UTF-8. No Google call is counted for it: it is made in the script.
 */
export function textAttachment(content: string, contentType: string, name: string): BlobHandle {
  return blobHandle(Utilities.newBlob(content, contentType, name));
}

/** "the number of recipients you can send emails to for the rest of the day" (MailApp.getRemainingDailyQuota). */
export function remainingRecipients(): number {
  return MailApp.getRemainingDailyQuota();
}

/** Known refusals, after which Google has certainly not sent the message. */
export function certainlyNotSent(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /^Invalid email|^Limit Exceeded: Email|Service invoked too many times for one day: email/.test(message);
}

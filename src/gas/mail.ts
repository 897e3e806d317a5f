/** MailApp (scope script.send_mail): sending one message, and the recipients left today. */

export interface OutgoingMail {
  to: readonly string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
}

/**
 * https://developers.google.com/apps-script/reference/mail/mail-app#sendemailrecipient,-subject,-body,-options
 * Google's errors are thrown as they come: the caller tells a certain refusal from an unknown outcome.
 */
export function sendMail(mail: OutgoingMail): void {
  const { to, subject, body, ...rest } = mail;
  // Only the options given: an undefined `replyTo` is not "no reply-to" for every client library.
  const options = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== ''));
  MailApp.sendEmail(to.join(','), subject, body, options);
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

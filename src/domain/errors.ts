/** An error whose message is French, for staff, and says what to do: shown as is, never as a stack trace. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** Who is running this: '' when Google does not reveal it (simple triggers, other domains). */
export function activeUserEmail(): string {
  return Session.getActiveUser().getEmail() ?? '';
}

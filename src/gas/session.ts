/** Who is running this: '' when Google does not reveal it (simple triggers, other domains). */
export function activeUserEmail(): string {
  return Session.getActiveUser().getEmail() ?? '';
}

/** Whom the script runs as: in an installable trigger, the person who installed it. */
export function effectiveUserEmail(): string {
  return Session.getEffectiveUser().getEmail() ?? '';
}

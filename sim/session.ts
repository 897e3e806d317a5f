import { createHash } from 'node:crypto';
import type { SimContext } from './context';

/**
 * https://developers.google.com/apps-script/reference/base/session
 * getActiveUser().getEmail() is '' when Google does not reveal it (consumer accounts across domains,
 * and always in simple triggers / AuthMode.LIMITED or NONE):
 * https://developers.google.com/apps-script/reference/base/session#getactiveuser
 */
class User {
  constructor(private readonly email: string) {}
  getEmail(): string {
    return this.email;
  }
  toString(): string {
    return this.email;
  }
}

export function createSession(ctx: SimContext): GoogleAppsScript.Base.Session {
  const visibleEmail = () => (ctx.runtime.authMode === 'FULL' ? ctx.userEmail : '');
  const service = {
    getActiveUser: () => ctx.runtime.instrument(new User(visibleEmail()), 'User'),
    getEffectiveUser: () => ctx.runtime.instrument(new User(visibleEmail()), 'User'),
    getScriptTimeZone: () => ctx.timeZone,
    getActiveUserLocale: () => 'fr',
    // A per-user, per-script key (30 days in Google); a stable hash here.
    getTemporaryActiveUserKey: () => createHash('sha256').update(`sim:${ctx.userEmail}`).digest('base64url').slice(0, 43),
  };
  return ctx.runtime.instrument(service, 'Session') as unknown as GoogleAppsScript.Base.Session;
}

/**
 * `pacte login` / `pacte logout`: the person's own OAuth (a Desktop client of the federation's Cloud
 * project), by the loopback flow on 127.0.0.1 with PKCE
 * (https://developers.google.com/identity/protocols/oauth2/native-app#redirect-uri_loopback).
 * Tokens are kept in the user's config folder, readable by the user only (0600).
 */
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { type Credentials, OAuth2Client, type OAuth2ClientOptions } from 'google-auth-library';
import * as z from 'zod/mini';
import { UserError } from '../../src/domain/errors';
import { isTimeout, isUnreachable, oauthTransport } from './client';
import { googleMessages } from './messages';

const M = googleMessages.login;

/** What setup, deploy and report need: the sheets, the files pacte made, the bound scripts. */
export const SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets',
  'https://www.googleapis.com/auth/drive.file',
  'https://www.googleapis.com/auth/script.projects',
];

/** The user's config folder: PACTE_CONFIG_DIR, else %APPDATA%\pacte on Windows, else $XDG_CONFIG_HOME/pacte or ~/.config/pacte. */
export function configDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.PACTE_CONFIG_DIR) return env.PACTE_CONFIG_DIR;
  if (platform === 'win32' && env.APPDATA) return path.join(env.APPDATA, 'pacte');
  return path.join(env.XDG_CONFIG_HOME || path.join(os.homedir(), '.config'), 'pacte');
}

export const loginFile = (env?: NodeJS.ProcessEnv) => path.join(configDir(env), 'login.json');

const storedSchema = z.object({
  client_id: z.string(),
  client_secret: z.string(),
  refresh_token: z.string(),
  access_token: z.optional(z.string()),
  expiry_date: z.optional(z.number()),
  scope: z.optional(z.string()),
});
export type StoredLogin = z.infer<typeof storedSchema>;

/** The Desktop client JSON Google Cloud downloads ({"installed": {client_id, client_secret, …}}). */
const clientSchema = z.object({
  installed: z.object({ client_id: z.string().check(z.minLength(1)), client_secret: z.string().check(z.minLength(1)) }),
});

export async function readClientSecret(file: string): Promise<{ clientId: string; clientSecret: string }> {
  if (!existsSync(file)) throw new UserError(M.clientMissing(file));
  try {
    const { installed } = clientSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    return { clientId: installed.client_id, clientSecret: installed.client_secret };
  } catch {
    throw new UserError(M.badClient(file));
  }
}

/** Written with 0600 in a 0700 folder; chmod again in case the file existed with wider rights. */
export async function saveLogin(file: string, login: StoredLogin): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  await writeFile(file, `${JSON.stringify(login, null, 2)}\n`, { mode: 0o600 });
  await chmod(file, 0o600);
}

export async function readLogin(file: string): Promise<StoredLogin | undefined> {
  if (!existsSync(file)) return undefined;
  try {
    return storedSchema.parse(JSON.parse(await readFile(file, 'utf8')));
  } catch {
    throw new UserError(M.badStore(file));
  }
}

/** The access token and its expiry from Google's token answer, each only when given (a refresh may omit them). */
function accessOf(tokens: Credentials): Pick<StoredLogin, 'access_token' | 'expiry_date'> {
  return {
    ...(tokens.access_token ? { access_token: tokens.access_token } : {}),
    ...(tokens.expiry_date ? { expiry_date: tokens.expiry_date } : {}),
  };
}

/** The stored login as a client that refreshes itself, and keeps the refreshed token. */
export async function storedAuth(file: string, endpoints?: OAuth2ClientOptions['endpoints']): Promise<OAuth2Client | undefined> {
  const login = await readLogin(file);
  if (!login) return undefined;
  const auth = new OAuth2Client({
    clientId: login.client_id,
    clientSecret: login.client_secret,
    transporterOptions: oauthTransport(),
    ...(endpoints ? { endpoints } : {}),
  });
  auth.setCredentials({
    refresh_token: login.refresh_token,
    access_token: login.access_token ?? null,
    expiry_date: login.expiry_date ?? null,
  });
  auth.on('tokens', (tokens) => {
    void saveLogin(file, { ...login, ...accessOf(tokens) });
  });
  return auth;
}

export interface LoginOptions {
  client: { clientId: string; clientSecret: string };
  file: string;
  /** Shows the consent page (opens a browser, or prints the URL). */
  open: (url: string) => void | Promise<void>;
  endpoints?: OAuth2ClientOptions['endpoints'];
}

/** The loopback flow: a one-shot server on 127.0.0.1 (a free port) receives the code. */
export async function login(options: LoginOptions): Promise<string> {
  const state = randomBytes(16).toString('hex');
  let answer!: (value: { code?: string; error?: string }) => void;
  const received = new Promise<{ code?: string; error?: string }>((resolve) => (answer = resolve));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/') {
      res.writeHead(404).end();
      return;
    }
    const ok = url.searchParams.get('state') === state && !!url.searchParams.get('code');
    res.writeHead(ok ? 200 : 400, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="fr"><meta charset="utf-8"><title>PACTE</title><p>${ok ? M.browserDone : M.browserRefused}</p></html>`,
    );
    // Not this flow's answer (forged, or a stale tab): refused, and the real one is still awaited.
    if (url.searchParams.get('state') !== state) return;
    answer({ code: url.searchParams.get('code') ?? undefined, error: url.searchParams.get('error') ?? undefined });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const redirectUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const auth = new OAuth2Client({
      ...options.client,
      redirectUri,
      transporterOptions: oauthTransport(),
      ...(options.endpoints ? { endpoints: options.endpoints } : {}),
    });
    const { codeVerifier, codeChallenge } = await auth.generateCodeVerifierAsync();
    const url = auth.generateAuthUrl({
      access_type: 'offline',
      // Consent every time: Google gives a refresh token only then.
      prompt: 'consent',
      scope: SCOPES,
      state,
      code_challenge: codeChallenge!,
      code_challenge_method: 'S256' as never,
    });
    await options.open(url);
    const { code, error } = await received;
    if (!code) throw new UserError(M.refused(error ?? 'aucun code'));
    const { tokens } = await auth.getToken({ code, codeVerifier, redirect_uri: redirectUri });
    if (!tokens.refresh_token) throw new UserError(M.noRefreshToken);
    const granted = new Set((tokens.scope ?? '').split(' '));
    if (tokens.scope && SCOPES.some((s) => !granted.has(s))) throw new UserError(M.missingScope);
    await saveLogin(options.file, {
      client_id: options.client.clientId,
      client_secret: options.client.clientSecret,
      refresh_token: tokens.refresh_token,
      ...accessOf(tokens),
      ...(tokens.scope ? { scope: tokens.scope } : {}),
    });
    return M.loggedIn(options.file);
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

/** Forgets the stored login (and asks Google to revoke it, best effort: offline, the file still goes). */
export async function logout(file: string, revoke = true): Promise<string> {
  const stored = await readLogin(file).catch(() => undefined);
  if (!existsSync(file)) return M.notLoggedIn;
  if (revoke && stored)
    await new OAuth2Client({ transporterOptions: oauthTransport() }).revokeToken(stored.refresh_token).catch(() => undefined);
  await rm(file, { force: true });
  return M.loggedOut(file);
}

/**
 * French guidance for the Google errors a person can fix: no answer in time, the Apps Script API user
 * setting, a missing scope, an expired or revoked refresh token (https://developers.google.com/identity/protocols/oauth2#expiration).
 */
export function guidance(error: unknown): string | undefined {
  const e = error as { message?: string; response?: { status?: number; data?: { error?: unknown; error_description?: string } } };
  const data = e.response?.data;
  const apiError =
    typeof data?.error === 'object'
      ? (data.error as { message?: string; status?: string; details?: Array<{ reason?: string }>; errors?: Array<{ reason?: string }> })
      : undefined;
  if (isTimeout(error)) {
    const ms = (error as { config?: { timeout?: number } }).config?.timeout;
    return googleMessages.http.timeout(Math.round(((ms ?? 30_000) / 1000) * 10) / 10);
  }
  if (isUnreachable(error)) return googleMessages.http.unreachable;
  const text = `${apiError?.message ?? ''} ${e.message ?? ''}`;
  if (text.includes('script.google.com/home/usersettings')) return googleMessages.setup.scriptApiOff;
  // The token endpoint's answer for an expired or revoked refresh token (RFC 6749 §5.2).
  if (data?.error === 'invalid_grant' || /invalid_grant/.test(e.message ?? '')) return M.expired;
  const reasons = [...(apiError?.details ?? []), ...(apiError?.errors ?? [])].map((d) => d.reason);
  if (
    e.response?.status === 403 &&
    (reasons.includes('ACCESS_TOKEN_SCOPE_INSUFFICIENT') ||
      reasons.includes('insufficientPermissions') ||
      /insufficient authentication scopes/i.test(text))
  ) {
    return M.missingScope;
  }
  return undefined;
}

/** Why a Google request failed, as a person can act on it: our own French, the guidance above, or Google's message. */
export function failureDetail(e: unknown): string {
  if (e instanceof UserError) return e.message;
  return guidance(e) ?? (e as { response?: { data?: { error?: { message?: string } } } }).response?.data?.error?.message ?? String(e);
}

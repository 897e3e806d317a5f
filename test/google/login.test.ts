import { chmodSync, mkdtempSync, statSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { configDir, guidance, login, logout, readClientSecret, readLogin, saveLogin, storedAuth } from '../../scripts/google/login';
import { googleClients } from '../../scripts/google/client';
import { FakeGoogle, FAILURES } from '../helpers/fake-google';

const CLIENT = { clientId: 'client-1.apps.googleusercontent.com', clientSecret: 'secret-1' };
const tmp = () => mkdtempSync(path.join(tmpdir(), 'pacte-login-'));

describe('pacte login / logout', () => {
  let fake: FakeGoogle;
  beforeEach(async () => {
    fake = new FakeGoogle();
    await fake.start();
  });
  afterEach(() => fake.stop());
  const endpoints = () => ({ oauth2TokenUrl: `${fake.url}token`, oauth2AuthBaseUrl: `${fake.url}auth` });

  it('keeps the login in the config folder, readable by the user only', async () => {
    expect(configDir({ XDG_CONFIG_HOME: '/x' }, 'linux')).toBe(path.join('/x', 'pacte'));
    expect(configDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toBe(path.join('C:\\Users\\a\\AppData\\Roaming', 'pacte'));
    expect(configDir({ PACTE_CONFIG_DIR: '/y' }, 'linux')).toBe('/y');
    const file = path.join(tmp(), 'conf', 'login.json');
    await saveLogin(file, { client_id: 'c', client_secret: 's', refresh_token: 'r' });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(file)).mode & 0o777).toBe(0o700);
    expect(await readLogin(file)).toEqual({ client_id: 'c', client_secret: 's', refresh_token: 'r' });
    writeFileSync(file, '{"oops": 1}');
    chmodSync(file, 0o644);
    await expect(readLogin(file)).rejects.toThrow(/illisible : lancez pacte logout puis pacte login/);
    await saveLogin(file, { client_id: 'c', client_secret: 's', refresh_token: 'r' });
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('reads only a Desktop OAuth client JSON', async () => {
    const dir = tmp();
    writeFileSync(
      path.join(dir, 'ok.json'),
      JSON.stringify({ installed: { client_id: 'id', client_secret: 'sec', redirect_uris: ['http://localhost'] } }),
    );
    writeFileSync(path.join(dir, 'web.json'), JSON.stringify({ web: { client_id: 'id', client_secret: 'sec' } }));
    expect(await readClientSecret(path.join(dir, 'ok.json'))).toEqual({ clientId: 'id', clientSecret: 'sec' });
    await expect(readClientSecret(path.join(dir, 'web.json'))).rejects.toThrow(/Application de bureau/);
  });

  it('runs the loopback flow with PKCE on 127.0.0.1, stores the tokens, and the stored login calls the APIs', async () => {
    const file = path.join(tmp(), 'login.json');
    const ok = await login({
      client: CLIENT,
      file,
      endpoints: endpoints(),
      open: async (url) => {
        // The browser: Google's consent page redirects to the loopback address with the code and the state.
        const u = new URL(url);
        expect(u.searchParams.get('scope')).toBe(fake.scopes);
        expect(u.searchParams.get('code_challenge_method')).toBe('S256');
        expect(u.searchParams.get('access_type')).toBe('offline');
        const redirect = u.searchParams.get('redirect_uri')!;
        expect(redirect).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
        // The fake token endpoint accepts the code only with the verifier matching this challenge.
        fake.codes.add('code-1');
        fake.challenge = u.searchParams.get('code_challenge')!;
        // A forged answer (another state) is refused, and the flow keeps waiting for the real one.
        expect((await fetch(`${redirect}/?code=forged&state=forged`)).status).toBe(400);
        const page = await fetch(`${redirect}/?code=code-1&state=${u.searchParams.get('state')}`);
        expect(await page.text()).toContain('Autorisation reçue');
      },
    });
    expect(ok).toContain('Connecté·e');
    expect(fake.verifiedChallenges).toBe(1);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ client_id: CLIENT.clientId, refresh_token: 'refresh-1' });

    const auth = (await storedAuth(file, endpoints()))!;
    const g = googleClients({ env: { PACTE_GOOGLE_API_ROOT: fake.url }, auth });
    await g.drive.about.get({ fields: 'user' });

    expect(await logout(file, false)).toContain('Déconnecté·e');
    expect(existsSync(file)).toBe(false);
    expect(await logout(file, false)).toBe('Aucune connexion enregistrée : rien à faire.');
  });

  it('guides in French: Apps Script API off, a missing scope, an expired refresh token', async () => {
    const file = path.join(tmp(), 'login.json');
    await saveLogin(file, { client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret, refresh_token: 'revoked' });
    const g = googleClients({ env: { PACTE_GOOGLE_API_ROOT: fake.url }, auth: (await storedAuth(file, endpoints()))!, retries: 0 });
    const expired = await g.drive.about.get({}).catch((e) => e);
    expect(guidance(expired)).toMatch(/a expiré ou a été révoquée.*pacte login/);

    const t = googleClients({ env: { PACTE_GOOGLE_API_ROOT: fake.url, PACTE_ACCESS_TOKEN: 'x' }, retries: 0 });
    fake.scriptApiOff = true;
    expect(guidance(await t.script.projects.getContent({ scriptId: 's' }).catch((e) => e))).toMatch(
      /script\.google\.com\/home\/usersettings/,
    );
    fake.failures.set(fake.requests.length + 1, {
      status: 403,
      body: {
        error: {
          code: 403,
          message: 'Request had insufficient authentication scopes.',
          status: 'PERMISSION_DENIED',
          details: [
            { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'ACCESS_TOKEN_SCOPE_INSUFFICIENT', domain: 'googleapis.com' },
          ],
        },
      },
    });
    expect(guidance(await t.drive.about.get({}).catch((e) => e))).toMatch(/Il manque une autorisation.*pacte logout, puis pacte login/);
    fake.failures.set(fake.requests.length + 1, FAILURES.server());
    expect(guidance(await t.drive.files.create({}).catch((e) => e))).toBeUndefined();
  });
});

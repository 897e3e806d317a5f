import { createSimulator } from '../../sim';

type Sim = ReturnType<typeof createSimulator>;
const props = (sim: Sim) => sim.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
const locks = (sim: Sim) => sim.globals.LockService as GoogleAppsScript.Lock.LockService;
const cache = (sim: Sim) => sim.globals.CacheService as GoogleAppsScript.Cache.CacheService;
const utils = (sim: Sim) => sim.globals.Utilities as GoogleAppsScript.Utilities.Utilities;
const session = (sim: Sim) => sim.globals.Session as GoogleAppsScript.Base.Session;

describe('PropertiesService', () => {
  it('stores strings and enforces quotas', () => {
    const sim = createSimulator();
    const p = props(sim).getScriptProperties();
    p.setProperty('n', 42 as unknown as string);
    expect(p.getProperty('n')).toBe('42');
    expect(p.getProperty('missing')).toBeNull();
    p.setProperties({ a: '1', b: '2' });
    expect(p.getKeys().sort()).toEqual(['a', 'b', 'n']);
    p.setProperties({ c: '3' }, true);
    expect(p.getProperties()).toEqual({ c: '3' });
    expect(props(sim).getScriptProperties().getProperty('c')).toBe('3');
    expect(props(sim).getDocumentProperties().getProperty('c')).toBeNull();
    expect(() => p.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow('Argument too large: value');
    for (let i = 0; i < 56; i++) p.setProperty(`k${i}`, 'x'.repeat(9000));
    expect(() => p.setProperty('k99', 'x'.repeat(9000))).toThrow('You have exceeded the property storage quota');
    expect(p.getProperty('k99')).toBeNull();
    p.deleteAllProperties();
    expect(p.getKeys()).toEqual([]);
  });
});

describe('LockService', () => {
  it('times out while another execution holds the lock and succeeds once it is released', () => {
    const start = new Date('2026-01-15T09:00:00+01:00');
    const sim = createSimulator({ now: start });
    sim.locks.holdScriptLock(start.getTime() + 20000);
    const lock = locks(sim).getScriptLock();
    expect(lock.tryLock(5000)).toBe(false);
    expect(sim.clock.now().getTime()).toBe(start.getTime() + 5000);
    expect(() => lock.waitLock(10000)).toThrow('Lock timeout: another process was holding the lock for too long.');
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(10000)).toBe(true);
    expect(sim.clock.now().getTime()).toBe(start.getTime() + 20000);
    expect(lock.hasLock()).toBe(true);
    lock.releaseLock();
    expect(lock.hasLock()).toBe(false);
  });

  it('never releases a lock held without a deadline, and frees ours at the next execution', () => {
    const sim = createSimulator();
    sim.locks.holdDocumentLock();
    expect(locks(sim).getDocumentLock().tryLock(60000)).toBe(false);
    const mine = locks(sim).getScriptLock();
    mine.waitLock(1000);
    sim.startExecution();
    expect(mine.hasLock()).toBe(false);
    expect(locks(sim).getScriptLock().tryLock(0)).toBe(true);
  });
});

describe('CacheService', () => {
  it('expires entries with the simulated clock and checks limits', () => {
    const sim = createSimulator();
    const c = cache(sim).getScriptCache();
    c.put('a', '1');
    c.put('b', '2', 60);
    c.putAll({ x: 'X', y: 'Y' }, 1200);
    sim.clock.advance(61000);
    expect(c.get('b')).toBeNull();
    expect(c.get('a')).toBe('1');
    sim.clock.advance(540000);
    expect(c.get('a')).toBeNull();
    expect(c.getAll(['x', 'y', 'z'])).toEqual({ x: 'X', y: 'Y' });
    c.removeAll(['x']);
    expect(c.get('x')).toBeNull();
    expect(() => c.put('k', 'v', 21601)).toThrow();
    expect(() => c.put('k'.repeat(251), 'v')).toThrow('Argument too large: key');
    expect(() => c.put('k', 'v'.repeat(100 * 1024 + 1))).toThrow('Argument too large: value');
  });
});

describe('Session and Utilities', () => {
  it('reveals the email only in FULL mode', () => {
    const sim = createSimulator({ userEmail: 'a@example.org' });
    expect(session(sim).getActiveUser().getEmail()).toBe('a@example.org');
    expect(session(sim).getScriptTimeZone()).toBe('Europe/Paris');
    expect(session(sim).getActiveUserLocale()).toBe('fr');
    sim.setAuthMode('LIMITED');
    expect(session(sim).getActiveUser().getEmail()).toBe('');
    sim.setAuthMode('FULL');
    sim.setUserEmail('');
    expect(session(sim).getActiveUser().getEmail()).toBe('');
  });

  it('formatDate follows SimpleDateFormat in English across DST', () => {
    const sim = createSimulator();
    const u = utils(sim);
    const winter = new Date('2026-03-28T23:30:00Z'); // 00:30 CET on Sunday 29 March
    const summer = new Date('2026-03-29T01:30:00Z'); // 03:30 CEST, after the change
    expect(u.formatDate(winter, 'Europe/Paris', 'yyyy-MM-dd HH:mm Z')).toBe('2026-03-29 00:30 +0100');
    expect(u.formatDate(summer, 'Europe/Paris', 'yyyy-MM-dd HH:mm Z z')).toBe('2026-03-29 03:30 +0200 CEST');
    expect(u.formatDate(summer, 'Europe/Paris', "EEEE d MMMM yy 'à' H'h'mm")).toBe('Sunday 29 March 26 à 3h30');
    expect(u.formatDate(summer, 'Europe/Paris', 'EEE, M/d, hh:mm:ss a')).toBe('Sun, 3/29, 03:30:00 AM');
    expect(u.formatDate(summer, 'UTC', "dd/MM/yyyy HH:mm ''X")).toBe("29/03/2026 01:30 'Z");
    expect(() => u.formatDate(summer, 'UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
  });

  it('sleep advances the clock, uuids and base64 are deterministic', () => {
    const sim = createSimulator();
    const t0 = sim.clock.now().getTime();
    utils(sim).sleep(1500);
    expect(sim.clock.now().getTime()).toBe(t0 + 1500);
    expect(utils(sim).getUuid()).not.toBe(utils(sim).getUuid());
    expect(utils(sim).base64Encode('é')).toBe('w6k=');
    expect(utils(sim).base64Decode('w6k=')).toEqual([-61, -87]);
  });
});

describe('Logger and console', () => {
  it('collects logs in memory', () => {
    const sim = createSimulator();
    (sim.globals.Logger as GoogleAppsScript.Base.Logger).log('n=%s', 3);
    (sim.globals.console as Console).warn('attention');
    expect(sim.logs.map((l) => [l.level, l.message])).toEqual([
      ['Logger', 'n=3'],
      ['warn', 'attention'],
    ]);
  });
});

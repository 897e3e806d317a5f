import { allPresets, parseProfile, presetProfile, PRESET_IDS } from '../../src/domain/presets';
import { profileSchema } from '../../src/domain/profile';
import { resolveProfile } from '../../src/workbook/settings';
import { headerKey } from '../../src/workbook/table';

const settings = (entries: Record<string, unknown>) => new Map(Object.entries(entries).map(([k, v]) => [headerKey(k), v as string]));

describe('regional profiles', () => {
  it('ships the four presets of workbook.md, each valid against the schema', () => {
    expect(PRESET_IDS).toEqual(['bretagne-2025', 'bfc-promo8', 'hdf-leader-2024', 'cpts-national']);
    for (const p of allPresets()) expect(profileSchema.safeParse(p).success).toBe(true);
  });

  it('holds the facts of the source documents', () => {
    const bzh = presetProfile('bretagne-2025');
    expect(bzh.applicationWindow).toEqual({ closes: '2025-05-30' });
    expect(bzh.structureTypes).toEqual(['MSP']);
    expect(bzh.conditions).toEqual({ healthProjectValidatedForMsp: true, federationMembership: false, engagementCommitment: true });
    expect(bzh.sessions.filter((s) => s.compulsory).map((s) => s.start)).toEqual([
      '2025-09-11',
      '2025-10-16',
      '2025-12-11',
      '2026-02-05',
      '2026-03-12',
      '2026-04-02',
      '2026-06-11',
    ]);
    expect(bzh.diploma).toMatchObject({ ects: 6, thesisMinPages: 20, excusedAbsencesAllowed: 0 });
    const bfc = presetProfile('bfc-promo8');
    expect(bfc.applicationWindow).toEqual({ opens: '2025-08-01', closes: '2025-10-31' });
    expect(bfc.requiredPieces).toContain('photo');
    expect(bfc.conditions.federationMembership).toBe(true);
    expect(bfc.sessions.map((s) => [s.start, s.place])).toEqual([
      ['2025-12-11', 'Beaune'],
      ['2026-01-29', 'Beaune'],
    ]);
    expect(presetProfile('cpts-national').hours).toEqual({ total: 224, inPerson: 124, elearning: 50, team: 50 });
    expect(presetProfile('cpts-national').diploma.defenceMinutes).toBe(60);
    expect(presetProfile('hdf-leader-2024').sessions.map((s) => s.id)).toEqual(['S1', 'S2', 'S3', 'S4', 'SOUT']);
  });

  it('names no real person: contacts are organisations', () => {
    const text = JSON.stringify(allPresets());
    expect(text).not.toMatch(/@/);
  });

  it('refuses an unknown preset, listing the known ones', () => {
    expect(() => presetProfile('corse')).toThrow(
      'Profil inconnu : « corse ». Profils disponibles : bretagne-2025, bfc-promo8, hdf-leader-2024, cpts-national.',
    );
  });

  it('gives the zod path of a fault in a profile file', () => {
    const bad = { ...presetProfile('bretagne-2025'), sessions: [{ ...presetProfile('bretagne-2025').sessions[0], start: '2025-02-31' }] };
    expect(() => parseProfile(bad, 'profil.json')).toThrow(/profil\.json.*sessions\.0\.start/);
    expect(() => parseProfile({ ...presetProfile('bretagne-2025'), surprise: 1 }, 'p.json')).toThrow(/p\.json/);
  });

  it('applies the overrides of Paramètres, by key', () => {
    const p = resolveProfile(
      settings({
        Profil: 'bretagne-2025',
        'Date limite de dépôt du mémoire': '31/08/2026',
        'Absences excusées autorisées (demi-journées)': 2,
        'Pages minimum du mémoire': '25',
      }),
    );
    expect(p.id).toBe('bretagne-2025');
    expect(p.diploma).toMatchObject({ thesisDeadline: '2026-08-31', excusedAbsencesAllowed: 2, thesisMinPages: 25 });
  });

  it('refuses an invalid override, naming the key and what is expected', () => {
    expect(() => resolveProfile(settings({ Profil: 'bretagne-2025', 'Absences excusées autorisées (demi-journées)': '-1' }))).toThrow(
      /Paramètre « Absences excusées autorisées \(demi-journées\) » invalide.*nombre entier/,
    );
    expect(() => resolveProfile(settings({ Profil: 'bretagne-2025', 'Absences excusées autorisées (demi-journées)': 1.5 }))).toThrow(
      /nombre entier/,
    );
    expect(() => resolveProfile(settings({ Profil: 'bretagne-2025', 'Date limite de dépôt du mémoire': '31/06/2026' }))).toThrow(
      /Paramètre « Date limite de dépôt du mémoire » invalide.*JJ\/MM\/AAAA/,
    );
    expect(() => resolveProfile(settings({ Profil: 'bourgogne' }))).toThrow(/Profil inconnu/);
  });
});

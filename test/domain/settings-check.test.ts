import { settingsProblems } from '../../src/workbook/settings-check';
import { headerKey } from '../../src/workbook/table';

const GOOD = {
  Profil: 'bretagne-2025',
  Équipe: 'coordination@example.org, Marie Dupont <marie.dupont@example.org>\nformation@example.org',
  'Adresse de réponse': 'contact@example.org',
  Contact: 'Sophie Kerzerho — s.kerzerho@example.org — 06 12 34 56 78',
  'Dossier Drive': 'https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrStUv',
  'Modèle : convocation': '1AbCdEfGhIjKlMnOpQrStUvWxYz',
};
const settings = (entries: Record<string, unknown>) => new Map(Object.entries(entries).map(([k, v]) => [headerKey(k), v as string]));

describe('Paramètres… checks the whole tab', () => {
  it('finds nothing wrong in well-filled settings', () => {
    expect(settingsProblems(settings(GOOD))).toEqual([]);
  });

  it('lists every bad value at once, one line each, naming key and value', () => {
    const problems = settingsProblems(
      settings({
        ...GOOD,
        Profil: 'corse-2030',
        'Pages minimum du mémoire': 'vingt',
        'Date limite de dépôt du mémoire': 'bientôt',
        'Adresse de réponse': 'pas-une-adresse',
        Équipe: 'coordination@example.org; Jean Martin',
        Contact: 'Sophie — s.k@example — 06 12',
        'Dossier Drive': 'mon dossier',
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^Profil inconnu : « corse-2030 »/),
      expect.stringMatching(/^Paramètre « Date limite de dépôt du mémoire » invalide \(« bientôt »\)/),
      expect.stringMatching(/^Paramètre « Pages minimum du mémoire » invalide \(« vingt »\)/),
      expect.stringMatching(/^Paramètre « Équipe » invalide \(« Jean Martin »\)/),
      expect.stringMatching(/^Paramètre « Adresse de réponse » invalide \(« pas-une-adresse »\) : une adresse e-mail est attendue/),
      expect.stringMatching(/^Paramètre « Contact » invalide \(« s\.k@example »\)/),
      expect.stringMatching(/^Paramètre « Dossier Drive » invalide \(« mon dossier »\)/),
    ]);
    for (const p of problems) expect(p).not.toContain('\n');
  });

  it('says an empty Équipe, and leaves optional keys alone when empty', () => {
    expect(settingsProblems(settings({ Profil: 'bretagne-2025', Équipe: '' }))).toEqual([
      expect.stringMatching(/^Paramètre « Équipe » vide/),
    ]);
  });

  it('takes addresses separated by spaces, as Équipe is read, but not a malformed one among them', () => {
    expect(settingsProblems(settings({ ...GOOD, Équipe: 'a@example.org b@example.org' }))).toEqual([]);
    expect(settingsProblems(settings({ ...GOOD, Équipe: 'a@example.org b@example' }))).toEqual([
      expect.stringMatching(/^Paramètre « Équipe » invalide \(« a@example\.org b@example »\)/),
    ]);
  });
});

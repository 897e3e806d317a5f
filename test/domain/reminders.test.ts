import { addDays, type Day } from '../../src/domain/dates';
import { presetProfile } from '../../src/domain/presets';
import { DEFAULT_REMINDERS } from '../../src/domain/reminders/defaults';
import { planReminders, planToJson, type ReminderPlan } from '../../src/domain/reminders/plan';
import { renderTemplate, sessionDates } from '../../src/domain/reminders/render';
import { escapeHtml } from '../../src/domain/text';
import { inWindow, mondayOf } from '../../src/domain/reminders/windows';
import { reminderInputFromWorkbook } from '../../src/workbook/reminders';
import type { Cell } from '../../src/workbook/cells';
import { DOCUMENTS_TAB, JOURNAL_TAB, JURY_TAB, REMINDERS_TAB } from '../../src/workbook/schema';
import { candidate, tab, workbook, type Row, type WorkbookRows } from '../helpers/workbook';

type RuleRow = { Règle: string; Active: Cell; Quand: string; Jours: Cell; Objet: string; Message: string };
const defaults = (): RuleRow[] =>
  DEFAULT_REMINDERS.map((r) => ({ Règle: r.id, Active: true, Quand: r.when, Jours: r.days, Objet: r.subject, Message: r.message }));

interface Extra {
  rules?: RuleRow[];
  journal?: Row[];
}

function plan(rows: WorkbookRows & Extra, today: Day): ReminderPlan {
  const wb = workbook({
    settings: { Profil: 'bretagne-2025', Équipe: 'coordination@example.org', "Nom de l'expéditeur": 'Équipe ESSORT' },
    ...rows,
  });
  if (rows.rules) wb.set(REMINDERS_TAB.name, tab(REMINDERS_TAB, rows.rules));
  if (rows.journal) wb.set(JOURNAL_TAB.name, tab(JOURNAL_TAB, rows.journal));
  return planReminders(reminderInputFromWorkbook(wb, today));
}

const learner = (id: string, over: Row = {}) =>
  candidate({ ID: id, Prénom: `P${id}`, Nom: `N${id}`, 'E-mail': `${id.toLowerCase()}@example.org`, Statut: 'Inscrit', ...over });
const keys = (p: ReminderPlan) => p.reminders.map((r) => r.key);
const only = (rule: string, r = defaults()) => r.filter((x) => x.Règle === rule);
const session = (over: Row = {}) => ({
  ID: 'S2',
  Intitulé: 'Séminaire 2',
  'Date de début': '11/12/2025',
  'Date de fin': '12/12/2025',
  Lieu: 'Rennes',
  Obligatoire: true,
  Horaires: '9h00-12h30 / 13h30-17h00',
  ...over,
});

describe('windows', () => {
  it('avant: X−N to X−1; après: X+N to X+N+6; chaque lundi: Monday to Sunday', () => {
    expect(inWindow('avant une séance', 7, '2025-12-11', '2025-12-03')).toBe(false);
    expect(inWindow('avant une séance', 7, '2025-12-11', '2025-12-04')).toBe(true);
    expect(inWindow('avant une séance', 7, '2025-12-11', '2025-12-10')).toBe(true);
    expect(inWindow('avant une séance', 7, '2025-12-11', '2025-12-11')).toBe(false);
    expect(inWindow("après l'échéance d'une production", 1, '2026-01-10', '2026-01-10')).toBe(false);
    expect(inWindow("après l'échéance d'une production", 1, '2026-01-10', '2026-01-11')).toBe(true);
    expect(inWindow("après l'échéance d'une production", 1, '2026-01-10', '2026-01-17')).toBe(true);
    expect(inWindow("après l'échéance d'une production", 1, '2026-01-10', '2026-01-18')).toBe(false);
    expect(mondayOf('2026-01-15')).toBe('2026-01-12');
    expect(mondayOf('2026-01-12')).toBe('2026-01-12');
    expect(mondayOf('2026-01-18')).toBe('2026-01-12');
  });
});

describe('avant une séance (convocation-j7)', () => {
  const rows = {
    candidates: [learner('C-0003'), learner('C-0004', { Statut: 'Retenu' })],
    sessions: [session()],
    rules: only('convocation-j7'),
  };
  it.each([
    ['2025-12-03', []],
    ['2025-12-04', ['relance:seance-7:C-0003:S2']],
    ['2025-12-10', ['relance:seance-7:C-0003:S2']],
    ['2025-12-11', []],
  ])('on %s', (today, expected) => {
    expect(keys(plan(rows, today))).toEqual(expected);
  });
  it('renders every tag, escapes in HTML, and sends to the learner', () => {
    const p = plan({ ...rows, candidates: [learner('C-0003', { Nom: 'Zoé <b>&', Civilité: 'Mme' })] }, '2025-12-04');
    const r = p.reminders[0]!;
    expect(r.to).toEqual(['c-0003@example.org']);
    expect(r.subject).toBe('Convocation : Séminaire 2, jeudi 11 et vendredi 12 décembre 2025');
    expect(r.body).toContain('Bonjour Madame Zoé <b>&,');
    expect(r.body).toContain('– horaires : 9h00-12h30 / 13h30-17h00\n– lieu : Rennes');
    expect(r.body).toContain('Équipe ESSORT\nESSORT');
    expect(r.body).not.toContain('{{');
    expect(r.html).toContain('Zoé &lt;b&gt;&amp;');
    expect(r.html).not.toContain('<b>');
  });
  it('a missed day catches up; once journaled, never again on any later day', () => {
    expect(keys(plan(rows, '2025-12-09'))).toEqual(['relance:seance-7:C-0003:S2']);
    const journal = [{ Horodatage: '04/12/2025', Action: 'Relance en cours', Clé: 'relance:seance-7:C-0003:S2' }];
    for (let d = '2025-12-01'; d <= '2025-12-20'; d = addDays(d, 1)) expect(keys(plan({ ...rows, journal }, d))).toEqual([]);
  });
});

describe('avant la date limite de candidature (dossier-incomplet)', () => {
  const incomplete = candidate({ ID: 'C-0001', CV: false, Statut: '' });
  const rows = {
    candidates: [
      incomplete,
      candidate({ ID: 'C-0002', 'E-mail': 'b@example.org' }),
      candidate({ ID: 'C-0005', CV: false, Statut: 'Retenu', 'E-mail': 'c@example.org' }),
      candidate({ ID: '', CV: false, 'E-mail': 'd@example.org' }),
    ],
    rules: only('dossier-incomplet'),
  };
  it('window 20 → 29 May 2025 for the 30 May deadline; only Reçu/empty rows with an ID and a problem', () => {
    expect(keys(plan(rows, '2025-05-19'))).toEqual([]);
    expect(keys(plan(rows, '2025-05-20'))).toEqual(['relance:candidature-10:C-0001']);
    expect(keys(plan(rows, '2025-05-29'))).toEqual(['relance:candidature-10:C-0001']);
    expect(keys(plan(rows, '2025-05-30'))).toEqual([]);
  });
  it('{{problemes}} are the pacte check problems, {{date_limite}} the long French date', () => {
    const r = plan(rows, '2025-05-25').reminders[0]!;
    expect(r.body).toContain('il y manque encore :\n– CV manquant\n');
    expect(r.body).toContain('avant le vendredi 30 mai 2025');
  });
  it('an invalid address is a problem naming the rule and the target, and nothing is sent', () => {
    const p = plan({ ...rows, candidates: [candidate({ ID: 'C-0009', CV: false, 'E-mail': 'pas-une-adresse' })] }, '2025-05-25');
    expect(p.reminders).toEqual([]);
    expect(p.problems).toEqual([
      { rule: 'dossier-incomplet', message: expect.stringMatching(/dossier-incomplet.*C-0009.*pas-une-adresse/) },
    ]);
  });
});

describe('productions', () => {
  const productions = [
    { ID: 'P-0001', 'ID apprenant': 'C-0003', Production: 'Note de cadrage', Échéance: '10/01/2026' },
    { ID: 'P-0002', 'ID apprenant': 'C-0003', Production: 'Déposée', Échéance: '10/01/2026', 'Déposée le': '09/01/2026' },
    { ID: 'P-0003', 'ID apprenant': 'C-0003', Production: 'Sans date', Échéance: '' },
    { ID: 'P-0004', 'ID apprenant': 'C-0099', Production: 'Inconnu', Échéance: '10/01/2026' },
  ];
  const rows = { candidates: [learner('C-0003')], productions, rules: [...only('production-j7'), ...only('production-retard')] };
  it('before: 3 → 9 January; after: 11 → 17 January; never the anchor day itself', () => {
    expect(keys(plan(rows, '2026-01-02'))).toEqual([]);
    expect(keys(plan(rows, '2026-01-03'))).toEqual(['relance:production-7:C-0003:P-0001']);
    expect(keys(plan(rows, '2026-01-09'))).toEqual(['relance:production-7:C-0003:P-0001']);
    expect(keys(plan(rows, '2026-01-10'))).toEqual([]);
    expect(keys(plan(rows, '2026-01-11'))).toEqual(['relance:production-retard-1:C-0003:P-0001']);
    expect(keys(plan(rows, '2026-01-17'))).toEqual(['relance:production-retard-1:C-0003:P-0001']);
    expect(keys(plan(rows, '2026-01-18'))).toEqual([]);
  });
  it('renders {{production}} and {{echeance}}', () => {
    const r = plan(rows, '2026-01-05').reminders[0]!;
    expect(r.subject).toBe('Rappel : « Note de cadrage » à déposer avant le samedi 10 janvier 2026');
  });
});

describe('avant la date limite du mémoire', () => {
  const rows = {
    settings: { Profil: 'bretagne-2025', 'Date limite de dépôt du mémoire': '30/06/2026', Équipe: 'coordination@example.org' },
    candidates: [learner('C-0003'), learner('C-0004'), learner('C-0005')],
    theses: [
      { 'ID apprenant': 'C-0004', 'Déposé le': '01/05/2026' },
      { 'ID apprenant': 'C-0005', Titre: 'En cours' },
    ],
    rules: only('memoire-j30'),
  };
  it('31 May → 29 June for a 30 June deadline, learners without Déposé le', () => {
    expect(keys(plan(rows, '2026-05-30'))).toEqual([]);
    expect(keys(plan(rows, '2026-05-31'))).toEqual(['relance:memoire-30:C-0003', 'relance:memoire-30:C-0005']);
    expect(keys(plan(rows, '2026-06-29'))).toHaveLength(2);
    expect(keys(plan(rows, '2026-06-30'))).toEqual([]);
    expect(plan(rows, '2026-06-01').reminders[0]!.subject).toBe('Mémoire PACTE : dépôt avant le mardi 30 juin 2026');
  });
  it('no deadline in the profile: nothing, and no problem', () => {
    const p = plan({ ...rows, settings: { Profil: 'bretagne-2025' } }, '2026-06-01');
    expect(p.reminders).toEqual([]);
    expect(p.problems).toEqual([]);
  });
});

describe('chaque lundi (synthese-equipe)', () => {
  const rows = {
    settings: { Profil: 'bretagne-2025', Équipe: 'Marie Dupont <Marie@example.org>; coordination@example.org' },
    candidates: [learner('C-0003')],
    productions: [{ ID: 'P-0001', 'ID apprenant': 'C-0003', Production: 'Note', Échéance: '05/01/2026' }],
    rules: only('synthese-equipe'),
  };
  it('keyed by the Monday, due Monday to Sunday, to every Équipe address, with the digest', () => {
    for (const d of ['2026-01-12', '2026-01-15', '2026-01-18']) expect(keys(plan(rows, d))).toEqual(['relance:lundi-0:2026-01-12']);
    const r = plan(
      {
        ...rows,
        journal: [
          { Horodatage: '13/01/2026 07:01', Action: 'Relance en cours', Cible: 'C-0003', Clé: 'relance:seance-7:C-0003:S3' },
          { Horodatage: '13/01/2026 07:02', Action: 'Relance envoyée', Cible: 'C-0003', Clé: 'relance:seance-7:C-0003:S3' },
          { Horodatage: '13/01/2026 07:01', Action: 'Relance en cours', Cible: 'C-0004', Clé: 'relance:seance-7:C-0004:S3' },
          // Today's sends belong to next week's digest.
          { Horodatage: '19/01/2026 07:02', Action: 'Relance envoyée', Cible: 'C-0005', Clé: 'relance:seance-7:C-0005:S4' },
        ],
      },
      '2026-01-19',
    ).reminders[0]!;
    expect(r.key).toBe('relance:lundi-0:2026-01-19');
    expect(r.to).toEqual(['marie@example.org', 'coordination@example.org']);
    expect(r.body).toContain('• Convocations (7 jours avant chaque séance) : 1');
    expect(r.body).toContain('relance:seance-7:C-0004:S3');
    // A send that finished is not « à vérifier »: its latest row says so.
    expect(r.body).not.toContain('relance:seance-7:C-0003:S3');
    expect(r.body).toMatch(/PC-0003 NC-0003 \(C-0003\) — À risque : .*Note/);
    expect(r.body).not.toContain('{{');
  });
});

describe('staff-edited rules', () => {
  const rows = { candidates: [learner('C-0003')], sessions: [session()] };
  it('an inactive rule sends nothing; a deleted rule (tab present) is off; no tab → profile defaults', () => {
    expect(keys(plan({ ...rows, rules: only('convocation-j7').map((r) => ({ ...r, Active: false })) }, '2025-12-05'))).toEqual([]);
    expect(keys(plan({ ...rows, rules: only('production-j7') }, '2025-12-05'))).toEqual([]);
    expect(keys(plan(rows, '2025-12-05'))).toEqual(['relance:lundi-0:2025-12-01', 'relance:seance-7:C-0003:S2']);
  });
  it('a second rule for the same Quand gives its own keys', () => {
    const second = { ...only('convocation-j7')[0]!, Règle: 'convocation-j2', Jours: 2 };
    const p = plan({ ...rows, rules: [...only('convocation-j7'), second] }, '2025-12-09');
    expect(keys(p)).toEqual(['relance:seance-2:C-0003:S2', 'relance:seance-7:C-0003:S2']);
  });
  it.each([
    ['an unknown tag', { Message: 'Bonjour {{prenom}} {{portable}}' }, /convocation-j7.*\{\{portable\}\}/],
    ['a tag meaningless for its Quand', { Objet: 'Avant le {{date_limite}}' }, /convocation-j7.*\{\{date_limite\}\}/],
    ['an unknown Quand', { Quand: 'le jour de la séance' }, /convocation-j7.*le jour de la séance/],
    ['a negative Jours', { Jours: -1 }, /convocation-j7.*Jours/],
    ['a decimal Jours', { Jours: 2.5 }, /convocation-j7.*Jours/],
    ['a word as Jours', { Jours: 'sept' }, /convocation-j7.*sept/],
    ['an empty Jours', { Jours: '' }, /convocation-j7.*Jours/],
    ['a broken tag', { Message: 'Bonjour {{prenom' }, /convocation-j7.*accolades/],
  ])('%s: the rule is refused as a whole, with a problem naming it', (_, change, pattern) => {
    const p = plan({ ...rows, rules: [{ ...only('convocation-j7')[0]!, ...change } as RuleRow] }, '2025-12-05');
    expect(p.reminders).toEqual([]);
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0]!.rule).toBe('convocation-j7');
    expect(p.problems[0]!.message).toMatch(pattern);
  });
  it('accepts Jours as text digits, Quand in another case or apostrophe, tags with spaces', () => {
    const rule = {
      ...only('production-j7')[0]!,
      Quand: 'AVANT L’ÉCHÉANCE D’UNE PRODUCTION',
      Jours: '7',
      Objet: 'À rendre : {{ production }}',
    };
    const p = plan(
      {
        candidates: [learner('C-0003')],
        productions: [{ ID: 'P-0001', 'ID apprenant': 'C-0003', Production: 'Note', Échéance: '10/01/2026' }],
        rules: [rule],
      },
      '2026-01-05',
    );
    expect(p.problems).toEqual([]);
    expect(p.reminders[0]!.subject).toBe('À rendre : Note');
  });
});

describe('sorting and shape', () => {
  it('sorted by key; JSON has exactly the contract fields', () => {
    const p = plan(
      {
        candidates: [learner('C-0010'), learner('C-0002')],
        sessions: [session(), session({ ID: 'S1b', 'Date de début': '10/12/2025', 'Date de fin': '' })],
      },
      '2025-12-05',
    );
    expect(keys(p)).toEqual([...keys(p)].sort());
    expect(keys(p)[1]).toBe('relance:seance-7:C-0002:S1b');
    const json = planToJson(p);
    expect(Object.keys(json)).toEqual(['today', 'reminders', 'problems']);
    expect(Object.keys(json.reminders[0]!)).toEqual(['key', 'rule', 'to', 'subject', 'body']);
  });
  it('{{date_seance}}: one day, two days of a month, or longer', () => {
    expect(sessionDates('2025-12-11', '2025-12-11')).toBe('jeudi 11 décembre 2025');
    expect(sessionDates('2026-01-31', '2026-02-01')).toBe('samedi 31 janvier et dimanche 1 février 2026');
    expect(sessionDates('2026-02-05', '2026-02-06')).toBe('jeudi 5 et vendredi 6 février 2026');
    expect(sessionDates('2025-12-10', '2025-12-12')).toBe('du mercredi 10 au vendredi 12 décembre 2025');
    expect(sessionDates('2025-12-31', '2026-01-02')).toBe('du mercredi 31 décembre 2025 au vendredi 2 janvier 2026');
  });
  it('renderTemplate never re-reads a value as a template; escapeHtml covers the five characters', () => {
    expect(renderTemplate('{{a}}', { a: '{{b}}', b: 'x' })).toBe('{{b}}');
    expect(escapeHtml(`<a href="x">'&`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;');
  });
  it('every default rule is accepted for its Quand', () => {
    const p = plan({ rules: defaults() }, '2026-01-15');
    expect(p.problems).toEqual([]);
    expect(p.rules.map((r) => r.id)).toEqual(presetProfile('bretagne-2025').reminders.map((r) => r.id));
  });
});

describe('keys from stable identities only (workbook.md › Relances)', () => {
  const rows = { candidates: [learner('C-0003')], sessions: [session()] };
  const production = (name: string) => ({ ID: 'P-0007', 'ID apprenant': 'C-0003', Production: name, Échéance: '10/01/2026' });

  it('renaming a rule or correcting its text sends nothing again', () => {
    const journal = [{ Horodatage: '04/12/2025 07:00', Action: 'Relance envoyée', Clé: 'relance:seance-7:C-0003:S2' }];
    const renamed = [{ ...only('convocation-j7')[0]!, Règle: 'convoc-une-semaine', Objet: 'Nouvel objet {{seance}}' }];
    expect(keys(plan({ ...rows, rules: renamed, journal }, '2025-12-05'))).toEqual([]);
  });

  it('correcting a production’s name sends nothing again: the key names its ID', () => {
    const rules = only('production-j7');
    const before = plan({ candidates: [learner('C-0003')], productions: [production("Note d'etape")], rules }, '2026-01-05');
    expect(keys(before)).toEqual(['relance:production-7:C-0003:P-0007']);
    const journal = [{ Horodatage: '05/01/2026 07:00', Action: 'Relance envoyée', Clé: keys(before)[0]! }];
    expect(
      keys(plan({ candidates: [learner('C-0003')], productions: [production("Note d'étape")], rules, journal }, '2026-01-06')),
    ).toEqual([]);
  });

  it('a production row without ID gets no reminder and is listed once, with its row, under the first production rule', () => {
    const p = plan(
      {
        candidates: [learner('C-0003')],
        productions: [{ ...production('Note'), ID: '' }],
        rules: [...only('production-j7'), ...only('production-retard')],
      },
      '2026-01-05',
    );
    expect(p.reminders).toEqual([]);
    expect(p.problems).toEqual([{ rule: 'production-j7', message: expect.stringMatching(/ligne 2 .*Productions/) }]);
    // Whatever the date.
    expect(
      plan(
        { candidates: [learner('C-0003')], productions: [{ ...production('Note'), ID: '' }], rules: only('production-j7') },
        '2026-06-01',
      ).problems,
    ).toHaveLength(1);
  });

  it('keys of the earlier form (relance:<Règle>:…) in Journal count as sent for the same target', () => {
    const journal = [{ Horodatage: '04/12/2025 07:00', Action: 'Relance envoyée', Clé: 'relance:convocation-j7:C-0003:S2' }];
    expect(keys(plan({ ...rows, rules: only('convocation-j7'), journal }, '2025-12-05'))).toEqual([]);
    const old = [{ Horodatage: '05/01/2026 07:00', Action: 'Relance envoyée', Clé: "relance:production-j7:C-0003:Note d'etape" }];
    expect(
      keys(
        plan(
          { candidates: [learner('C-0003')], productions: [production("Note d'etape")], rules: only('production-j7'), journal: old },
          '2026-01-06',
        ),
      ),
    ).toEqual([]);
  });

  it('two active rules with the same Quand and Jours: the second is refused, naming both', () => {
    const twin = { ...only('convocation-j7')[0]!, Règle: 'convocation-bis' };
    const p = plan({ ...rows, rules: [...only('convocation-j7'), twin] }, '2025-12-05');
    expect(keys(p)).toEqual(['relance:seance-7:C-0003:S2']);
    expect(p.reminders[0]!.rule).toBe('convocation-j7');
    expect(p.problems).toEqual([{ rule: 'convocation-bis', message: expect.stringMatching(/convocation-bis.*convocation-j7/) }]);
  });
});

describe('what Journal says of a key', () => {
  const rows = { candidates: [learner('C-0003')], sessions: [session()], rules: only('convocation-j7') };
  const at = (h: string) => `05/12/2025 ${h}`;
  const row = (time: string, Action: string) => ({ Horodatage: at(time), Action, Clé: 'relance:seance-7:C-0003:S2' });

  it('latest row « non envoyée » (by Horodatage, whatever the row order): due again', () => {
    expect(keys(plan({ ...rows, journal: [row('07:01', 'Relance non envoyée'), row('07:00', 'Relance en cours')] }, '2025-12-06'))).toEqual(
      ['relance:seance-7:C-0003:S2'],
    );
  });
  it('latest row « en cours » or « envoyée »: never again', () => {
    expect(keys(plan({ ...rows, journal: [row('07:02', 'Relance en cours'), row('07:00', 'Relance non envoyée')] }, '2025-12-06'))).toEqual(
      [],
    );
    expect(keys(plan({ ...rows, journal: [row('07:00', 'Relance envoyée')] }, '2025-12-06'))).toEqual([]);
  });
  it('a key the Sheet claimed (document properties) with no Journal row is never due', () => {
    const wb = workbook({ settings: { Profil: 'bretagne-2025' }, ...rows });
    wb.set(REMINDERS_TAB.name, tab(REMINDERS_TAB, rows.rules));
    const claimed = new Set(['relance:seance-7:C-0003:S2']);
    expect(planReminders(reminderInputFromWorkbook(wb, '2025-12-05', undefined, claimed)).reminders).toEqual([]);
    expect(planReminders(reminderInputFromWorkbook(wb, '2025-12-05')).reminders).toHaveLength(1);
  });
});

describe('documents travel with their e-mail (issue 17)', () => {
  const attended = (id: string, status = 'Présent') => ({
    'ID apprenant': id,
    Séance: 'S2',
    Date: '11/12/2025',
    'Demi-journée': 'Matin',
    Statut: status,
  });
  const rows = {
    candidates: [learner('C-0003'), learner('C-0004'), learner('C-0005')],
    sessions: [session()],
    attendance: [attended('C-0003'), attended('C-0004', 'Retard'), attended('C-0005', 'Absent')],
    rules: only('attestation-presence'),
  };

  it('après une séance: learners with a half-day present, X+1 → X+7 after the last day, with their attestation', () => {
    expect(keys(plan(rows, '2025-12-12'))).toEqual([]);
    expect(keys(plan(rows, '2025-12-13'))).toEqual(['relance:apres-seance-1:C-0003:S2', 'relance:apres-seance-1:C-0004:S2']);
    expect(keys(plan(rows, '2025-12-19'))).toHaveLength(2);
    expect(keys(plan(rows, '2025-12-20'))).toEqual([]);
    const r = plan(rows, '2025-12-13').reminders[0]!;
    expect(r.document).toEqual({ key: 'document:attestation-presence:S2:C-0003', state: '', pdf: '', detail: '' });
    expect(r.body).toContain('(lien vers le document)');
  });

  it('the register’s PDF link fills {{lien_document}}, and the JSON names the document only when it is Créé', () => {
    const register = (state: string) =>
      tab(DOCUMENTS_TAB, [
        { Clé: 'document:attestation-presence:S2:C-0003', État: state, PDF: 'https://drive.google.com/file/d/pdf1/view' },
      ]);
    const withRegister = (state: string) => {
      const wb = workbook({ settings: { Profil: 'bretagne-2025' }, ...rows });
      wb.set(REMINDERS_TAB.name, tab(REMINDERS_TAB, rows.rules));
      wb.set(DOCUMENTS_TAB.name, register(state));
      return planReminders(reminderInputFromWorkbook(wb, '2025-12-13'));
    };
    const made = withRegister('Créé');
    expect(made.reminders[0]!.body).toContain('https://drive.google.com/file/d/pdf1/view');
    expect(planToJson(made).reminders[0]).toMatchObject({ document: 'document:attestation-presence:S2:C-0003' });
    expect(planToJson(made).reminders[1]).not.toHaveProperty('document');
    expect(planToJson(withRegister('Erreur')).reminders[0]).not.toHaveProperty('document');
  });

  it('avant une soutenance: the date and time in words, the day’s place, the convocation', () => {
    const p = plan(
      {
        candidates: [learner('C-0003', { Civilité: 'M.' })],
        sessions: [
          session({
            ID: 'SOUT',
            Intitulé: 'Soutenances',
            Type: 'Soutenances',
            'Date de début': '24/09/2026',
            'Date de fin': '25/09/2026',
            Lieu: 'EHESP, Rennes',
          }),
        ],
        theses: [{ 'ID apprenant': 'C-0003', 'Date de soutenance': '24/09/2026', Heure: '14h30' }],
        rules: only('soutenance-j14'),
      },
      '2026-09-10',
    );
    expect(keys(p)).toEqual(['relance:soutenance-14:C-0003']);
    expect(p.reminders[0]!.body).toContain('Bonjour Monsieur NC-0003,');
    expect(p.reminders[0]!.body).toContain('le jeudi 24 septembre 2026 à 14 h 30');
    expect(p.reminders[0]!.body).toContain('– lieu : EHESP, Rennes');
    expect(p.reminders[0]!.document?.key).toBe('document:convocation-soutenance:C-0003');
  });

  it('fin de formation: due the day the learner is eligible, once; Jours other than 0 refused', () => {
    const eligibleRows = {
      settings: { Profil: 'bretagne-2025' },
      candidates: [learner('C-0003'), learner('C-0004')],
      sessions: [session({ Obligatoire: false })],
      theses: [{ 'ID apprenant': 'C-0003', 'Déposé le': '01/06/2026', Pages: 25, 'Date de soutenance': '24/09/2026', Résultat: 'Admis' }],
      rules: only('attestation-fin'),
    };
    expect(keys(plan(eligibleRows, '2026-10-01'))).toEqual(['relance:fin-0:C-0003']);
    expect(plan(eligibleRows, '2026-10-01').reminders[0]!.document?.key).toBe('document:attestation-fin:C-0003');
    const bad = plan({ ...eligibleRows, rules: [{ ...only('attestation-fin')[0]!, Jours: 3 }] }, '2026-10-01');
    expect(bad.reminders).toEqual([]);
    expect(bad.problems[0]!.message).toMatch(/attestation-fin.*Jours.*0/);
  });
});

describe('avant une journée de soutenances (jury-j7)', () => {
  const rows = {
    candidates: [learner('C-0003'), learner('C-0004'), learner('C-0005')],
    sessions: [
      session({
        ID: 'SOUT',
        Intitulé: 'Soutenances',
        Type: 'Soutenances',
        'Date de début': '24/09/2026',
        'Date de fin': '24/09/2026',
        Lieu: 'Rennes',
      }),
    ],
    theses: [
      {
        'ID apprenant': 'C-0004',
        Titre: 'Coordonner',
        'Date de soutenance': '24/09/2026',
        Heure: '14:00',
        Jury: 'Marie Durand, Paul Henry',
      },
      { 'ID apprenant': 'C-0003', Titre: 'Animer', 'Date de soutenance': '24/09/2026', Heure: '9h', Jury: 'marie.durand@example.org' },
      { 'ID apprenant': 'C-0005', 'Date de soutenance': '24/09/2026', Heure: '10h', Jury: 'Inconnu Total' },
    ],
    rules: only('jury-j7'),
  };
  const withJury = (today: string) => {
    const wb = workbook({ settings: { Profil: 'bretagne-2025' }, ...rows });
    wb.set(REMINDERS_TAB.name, tab(REMINDERS_TAB, rows.rules));
    wb.set(
      JURY_TAB.name,
      tab(JURY_TAB, [
        { Nom: 'Marie Durand', 'E-mail': 'Marie.Durand@example.org' },
        { Nom: 'Paul Henry', 'E-mail': 'paul.henry@example.org' },
      ]),
    );
    return planReminders(reminderInputFromWorkbook(wb, today));
  };

  it('one e-mail per member and day, their soutenances in time order; an unknown member is a problem', () => {
    const p = withJury('2026-09-17');
    expect(keys(p)).toEqual(['relance:jury-7:marie.durand@example.org:2026-09-24', 'relance:jury-7:paul.henry@example.org:2026-09-24']);
    const marie = p.reminders[0]!;
    expect(marie.to).toEqual(['Marie.Durand@example.org']);
    expect(marie.body).toContain('– 9 h : PC-0003 NC-0003 (« Animer »)\n– 14 h : PC-0004 NC-0004 (« Coordonner »)');
    expect(marie.body).toContain('Bonjour Marie Durand,');
    expect(p.problems).toEqual([{ rule: 'jury-j7', message: expect.stringContaining('Inconnu Total') }]);
    expect(keys(withJury('2026-09-24'))).toEqual([]);
  });
});

describe('e-mails a person reads once (issue 17)', () => {
  it('{{problemes}} lists only what the candidate can fix; a row with only staff problems gets nothing, and the digest names it', () => {
    const rows = {
      settings: { Profil: 'bretagne-2025', Équipe: 'coordination@example.org' },
      candidates: [
        candidate({ ID: 'C-0001', CV: false, 'Type de structure': 'CPTS', Statut: '' }),
        candidate({ ID: 'C-0002', 'E-mail': 'b@example.org', 'Type de structure': 'CPTS', 'Date de réception du dossier': '03/06/2025' }),
      ],
      rules: [...only('dossier-incomplet'), ...only('synthese-equipe')],
    };
    const p = plan(rows, '2025-05-26');
    expect(keys(p)).toEqual(['relance:candidature-10:C-0001', 'relance:lundi-0:2025-05-26']);
    const letter = p.reminders[0]!.body;
    expect(letter).toContain('– CV manquant');
    expect(letter).not.toMatch(/Type de structure|date limite \(/);
    const digest = p.reminders[1]!.body;
    expect(digest).toMatch(/Candidatures à examiner[\s\S]*C-0001 : Type de structure[\s\S]*C-0002 : /);
  });

  it('greets by Civilité, else by first name; an empty optional mention leaves no line; Contact ends every e-mail', () => {
    const rows = {
      candidates: [learner('C-0003', { Civilité: '' })],
      sessions: [session({ Horaires: '' })],
      rules: only('convocation-j7'),
    };
    const p = plan({ ...rows, settings: { Profil: 'bretagne-2025', Contact: 'Sophie — s.k@example.org — 06 00 00 00 00' } }, '2025-12-05');
    const body = p.reminders[0]!.body;
    expect(body).toMatch(/^Bonjour PC-0003 NC-0003,/);
    expect(body).not.toContain('horaires');
    expect(body.endsWith('Sophie — s.k@example.org — 06 00 00 00 00')).toBe(true);
    const noContact = plan({ ...rows, settings: { Profil: 'bretagne-2025' } }, '2025-12-05').reminders[0]!.body;
    expect(noContact.endsWith('ESSORT')).toBe(true);
    // A rule staff wrote without {{contact}} still ends with it.
    const custom = [{ ...only('convocation-j7')[0]!, Message: 'Bonjour {{prenom}}, à bientôt.' }];
    const own = plan({ ...rows, rules: custom, settings: { Profil: 'bretagne-2025', Contact: 'c@example.org' } }, '2025-12-05')
      .reminders[0]!.body;
    expect(own).toBe('Bonjour PC-0003, à bientôt.\n\nContact : c@example.org');
  });

  it('production reminders say where to deposit when Plateforme is given', () => {
    const rows = {
      settings: { Profil: 'bretagne-2025', Plateforme: 'https://formation.example.org' },
      candidates: [learner('C-0003')],
      productions: [{ ID: 'P-0001', 'ID apprenant': 'C-0003', Production: 'Note', Échéance: '10/01/2026' }],
      rules: only('production-j7'),
    };
    expect(plan(rows, '2026-01-05').reminders[0]!.body).toContain('Dépôt sur la plateforme de formation : https://formation.example.org');
  });

  it('the digest names rules by what they do and counts a reminder waiting since an earlier day once', () => {
    const rows = {
      settings: { Profil: 'bretagne-2025', Équipe: 'coordination@example.org' },
      candidates: [learner('C-0003'), learner('C-0004')],
      sessions: [session({ 'Date de début': '20/01/2026', 'Date de fin': '21/01/2026' })],
      rules: [...only('convocation-j7'), ...only('synthese-equipe')],
    };
    // J-7 opened on the 13th: on Monday 19th both convocations have been waiting (quota): counted once each.
    const digest = plan(rows, '2026-01-19').reminders.find((r) => r.rule === 'synthese-equipe')!.body;
    expect(digest).toContain('En attente depuis un jour précédent');
    expect(digest).toContain('• Convocations (7 jours avant chaque séance) : 2');
  });
});

import { addDays, type Day } from '../../src/domain/dates';
import { presetProfile } from '../../src/domain/presets';
import { DEFAULT_REMINDERS } from '../../src/domain/reminder-rules';
import {
  escapeHtml, inWindow, mondayOf, sessionDates, planReminders, planToJson, renderTemplate, type ReminderPlan,
} from '../../src/domain/reminders';
import { reminderInputFromWorkbook } from '../../src/workbook/reminders';
import type { Cell } from '../../src/workbook/cells';
import { JOURNAL_TAB, REMINDERS_TAB } from '../../src/workbook/schema';
import { candidate, tab, workbook, type Row, type WorkbookRows } from '../helpers/workbook';

type RuleRow = { Règle: string; Active: Cell; Quand: string; Jours: Cell; Objet: string; Message: string };
const defaults = (): RuleRow[] =>
  DEFAULT_REMINDERS.map((r) => ({ Règle: r.id, Active: true, Quand: r.when, Jours: r.days, Objet: r.subject, Message: r.message }));

interface Extra {
  rules?: RuleRow[];
  journal?: Row[];
}

function plan(rows: WorkbookRows & Extra, today: Day): ReminderPlan {
  const wb = workbook({ settings: { Profil: 'bretagne-2025', 'Équipe': 'coordination@example.org', "Nom de l'expéditeur": 'Équipe ESSORT' }, ...rows });
  if (rows.rules) wb.set(REMINDERS_TAB.name, tab(REMINDERS_TAB, rows.rules));
  if (rows.journal) wb.set(JOURNAL_TAB.name, tab(JOURNAL_TAB, rows.journal));
  return planReminders(reminderInputFromWorkbook(wb, today));
}

const learner = (id: string, over: Row = {}) =>
  candidate({ ID: id, 'Prénom': `P${id}`, 'Nom': `N${id}`, 'E-mail': `${id.toLowerCase()}@example.org`, Statut: 'Inscrit', ...over });
const keys = (p: ReminderPlan) => p.reminders.map((r) => r.key);
const only = (rule: string, r = defaults()) => r.filter((x) => x.Règle === rule);
const session = (over: Row = {}) => ({ ID: 'S2', 'Intitulé': 'Séminaire 2', 'Date de début': '11/12/2025', 'Date de fin': '12/12/2025', Lieu: 'Rennes', Obligatoire: true, Horaires: '9h00-12h30 / 13h30-17h00', ...over });

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
  const rows = { candidates: [learner('C-0003'), learner('C-0004', { Statut: 'Retenu' })], sessions: [session()], rules: only('convocation-j7') };
  it.each([
    ['2025-12-03', []],
    ['2025-12-04', ['relance:convocation-j7:C-0003:S2']],
    ['2025-12-10', ['relance:convocation-j7:C-0003:S2']],
    ['2025-12-11', []],
  ])('on %s', (today, expected) => {
    expect(keys(plan(rows, today))).toEqual(expected);
  });
  it('renders every tag, escapes in HTML, and sends to the learner', () => {
    const p = plan({ ...rows, candidates: [learner('C-0003', { 'Prénom': 'Zoé <b>&', 'Civilité': 'Mme' })] }, '2025-12-04');
    const r = p.reminders[0]!;
    expect(r.to).toEqual(['c-0003@example.org']);
    expect(r.subject).toBe('Convocation : Séminaire 2 le jeudi 11 et vendredi 12 décembre 2025');
    expect(r.body).toContain('Bonjour Zoé <b>& NC-0003');
    expect(r.body).toContain('• horaires : 9h00-12h30 / 13h30-17h00\n• lieu : Rennes');
    expect(r.body).toContain('Équipe ESSORT\nESSORT');
    expect(r.body).not.toContain('{{');
    expect(r.html).toContain('Zoé &lt;b&gt;&amp;');
    expect(r.html).not.toContain('<b>');
  });
  it('a missed day catches up; once journaled, never again on any later day', () => {
    expect(keys(plan(rows, '2025-12-09'))).toEqual(['relance:convocation-j7:C-0003:S2']);
    const journal = [{ 'Horodatage': '04/12/2025', Action: 'Relance en cours', 'Clé': 'relance:convocation-j7:C-0003:S2' }];
    for (let d = '2025-12-01'; d <= '2025-12-20'; d = addDays(d, 1)) expect(keys(plan({ ...rows, journal }, d))).toEqual([]);
  });
});

describe('avant la date limite de candidature (dossier-incomplet)', () => {
  const incomplete = candidate({ ID: 'C-0001', CV: false, Statut: '' });
  const rows = {
    candidates: [incomplete, candidate({ ID: 'C-0002', 'E-mail': 'b@example.org' }), candidate({ ID: 'C-0005', CV: false, Statut: 'Retenu', 'E-mail': 'c@example.org' }), candidate({ ID: '', CV: false, 'E-mail': 'd@example.org' })],
    rules: only('dossier-incomplet'),
  };
  it('window 20 → 29 May 2025 for the 30 May deadline; only Reçu/empty rows with an ID and a problem', () => {
    expect(keys(plan(rows, '2025-05-19'))).toEqual([]);
    expect(keys(plan(rows, '2025-05-20'))).toEqual(['relance:dossier-incomplet:C-0001']);
    expect(keys(plan(rows, '2025-05-29'))).toEqual(['relance:dossier-incomplet:C-0001']);
    expect(keys(plan(rows, '2025-05-30'))).toEqual([]);
  });
  it('{{problemes}} are the pacte check problems, {{date_limite}} the long French date', () => {
    const r = plan(rows, '2025-05-25').reminders[0]!;
    expect(r.body).toContain('Il y manque encore :\nCV manquant\n');
    expect(r.body).toContain('avant le vendredi 30 mai 2025');
  });
  it('an invalid address is a problem naming the rule and the target, and nothing is sent', () => {
    const p = plan({ ...rows, candidates: [candidate({ ID: 'C-0009', CV: false, 'E-mail': 'pas-une-adresse' })] }, '2025-05-25');
    expect(p.reminders).toEqual([]);
    expect(p.problems).toEqual([{ rule: 'dossier-incomplet', message: expect.stringMatching(/dossier-incomplet.*C-0009.*pas-une-adresse/) }]);
  });
});

describe('productions', () => {
  const productions = [
    { 'ID apprenant': 'C-0003', Production: 'Note de cadrage', 'Échéance': '10/01/2026' },
    { 'ID apprenant': 'C-0003', Production: 'Déposée', 'Échéance': '10/01/2026', 'Déposée le': '09/01/2026' },
    { 'ID apprenant': 'C-0003', Production: 'Sans date', 'Échéance': '' },
    { 'ID apprenant': 'C-0099', Production: 'Inconnu', 'Échéance': '10/01/2026' },
  ];
  const rows = { candidates: [learner('C-0003')], productions, rules: [...only('production-j7'), ...only('production-retard')] };
  it('before: 3 → 9 January; after: 11 → 17 January; never the anchor day itself', () => {
    expect(keys(plan(rows, '2026-01-02'))).toEqual([]);
    expect(keys(plan(rows, '2026-01-03'))).toEqual(['relance:production-j7:C-0003:Note de cadrage']);
    expect(keys(plan(rows, '2026-01-09'))).toEqual(['relance:production-j7:C-0003:Note de cadrage']);
    expect(keys(plan(rows, '2026-01-10'))).toEqual([]);
    expect(keys(plan(rows, '2026-01-11'))).toEqual(['relance:production-retard:C-0003:Note de cadrage']);
    expect(keys(plan(rows, '2026-01-17'))).toEqual(['relance:production-retard:C-0003:Note de cadrage']);
    expect(keys(plan(rows, '2026-01-18'))).toEqual([]);
  });
  it('renders {{production}} and {{echeance}}', () => {
    const r = plan(rows, '2026-01-05').reminders[0]!;
    expect(r.subject).toBe('Rappel : « Note de cadrage » à rendre le samedi 10 janvier 2026');
  });
});

describe('avant la date limite du mémoire', () => {
  const rows = {
    settings: { Profil: 'bretagne-2025', 'Date limite de dépôt du mémoire': '30/06/2026', 'Équipe': 'coordination@example.org' },
    candidates: [learner('C-0003'), learner('C-0004'), learner('C-0005')],
    theses: [{ 'ID apprenant': 'C-0004', 'Déposé le': '01/05/2026' }, { 'ID apprenant': 'C-0005', Titre: 'En cours' }],
    rules: only('memoire-j30'),
  };
  it('31 May → 29 June for a 30 June deadline, learners without Déposé le', () => {
    expect(keys(plan(rows, '2026-05-30'))).toEqual([]);
    expect(keys(plan(rows, '2026-05-31'))).toEqual(['relance:memoire-j30:C-0003', 'relance:memoire-j30:C-0005']);
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
    settings: { Profil: 'bretagne-2025', 'Équipe': 'Marie Dupont <Marie@example.org>; coordination@example.org' },
    candidates: [learner('C-0003')],
    productions: [{ 'ID apprenant': 'C-0003', Production: 'Note', 'Échéance': '05/01/2026' }],
    rules: only('synthese-equipe'),
  };
  it('keyed by the Monday, due Monday to Sunday, to every Équipe address, with the digest', () => {
    for (const d of ['2026-01-12', '2026-01-15', '2026-01-18']) expect(keys(plan(rows, d))).toEqual(['relance:synthese-equipe:2026-01-12']);
    const r = plan({ ...rows, journal: [
      { 'Horodatage': '13/01/2026', Action: 'Relance envoyée', 'Clé': 'relance:convocation-j7:C-0003:S3' },
      { 'Horodatage': '13/01/2026', Action: 'Relance en cours', Cible: 'C-0004', 'Clé': 'relance:convocation-j7:C-0004:S3' },
    ] }, '2026-01-19').reminders[0]!;
    expect(r.key).toBe('relance:synthese-equipe:2026-01-19');
    expect(r.to).toEqual(['marie@example.org', 'coordination@example.org']);
    expect(r.body).toContain('• convocation-j7 : 1');
    expect(r.body).toContain('relance:convocation-j7:C-0004:S3');
    expect(r.body).toMatch(/PC-0003 NC-0003 \(C-0003\) — À risque : .*Note/);
    expect(r.body).not.toContain('{{');
  });
});

describe('staff-edited rules', () => {
  const rows = { candidates: [learner('C-0003')], sessions: [session()] };
  it('an inactive rule sends nothing; a deleted rule (tab present) is off; no tab → profile defaults', () => {
    expect(keys(plan({ ...rows, rules: only('convocation-j7').map((r) => ({ ...r, Active: false })) }, '2025-12-05'))).toEqual([]);
    expect(keys(plan({ ...rows, rules: only('production-j7') }, '2025-12-05'))).toEqual([]);
    expect(keys(plan(rows, '2025-12-05'))).toEqual(['relance:convocation-j7:C-0003:S2', 'relance:synthese-equipe:2025-12-01']);
  });
  it('a second rule for the same Quand gives its own keys', () => {
    const second = { ...only('convocation-j7')[0]!, Règle: 'convocation-j2', Jours: 2 };
    const p = plan({ ...rows, rules: [...only('convocation-j7'), second] }, '2025-12-09');
    expect(keys(p)).toEqual(['relance:convocation-j2:C-0003:S2', 'relance:convocation-j7:C-0003:S2']);
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
    const rule = { ...only('production-j7')[0]!, Quand: 'AVANT L’ÉCHÉANCE D’UNE PRODUCTION', Jours: '7', Objet: 'À rendre : {{ production }}' };
    const p = plan({ candidates: [learner('C-0003')], productions: [{ 'ID apprenant': 'C-0003', Production: 'Note', 'Échéance': '10/01/2026' }], rules: [rule] }, '2026-01-05');
    expect(p.problems).toEqual([]);
    expect(p.reminders[0]!.subject).toBe('À rendre : Note');
  });
});

describe('sorting and shape', () => {
  it('sorted by key; JSON has exactly the contract fields', () => {
    const p = plan({ candidates: [learner('C-0010'), learner('C-0002')], sessions: [session(), session({ ID: 'S1b', 'Date de début': '10/12/2025', 'Date de fin': '' })] }, '2025-12-05');
    expect(keys(p)).toEqual([...keys(p)].sort());
    expect(keys(p)[0]).toBe('relance:convocation-j7:C-0002:S1b');
    const json = planToJson(p);
    expect(Object.keys(json)).toEqual(['today', 'reminders', 'problems']);
    expect(Object.keys(json.reminders[0]!)).toEqual(['key', 'rule', 'to', 'subject', 'body']);
  });
  it('{{date_seance}}: one day, two days of a month, or longer', () => {
    expect(sessionDates('2025-12-11', '2025-12-11')).toBe('jeudi 11 décembre 2025');
    expect(sessionDates('2026-01-31', '2026-02-01')).toBe("samedi 31 janvier 2026 (jusqu'au dimanche 1 février 2026)");
    expect(sessionDates('2025-12-10', '2025-12-12')).toBe("mercredi 10 décembre 2025 (jusqu'au vendredi 12 décembre 2025)");
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

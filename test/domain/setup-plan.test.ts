import { allPresets, parseProfile, presetProfile } from '../../src/domain/presets';
import { DEFAULT_REMINDERS } from '../../src/domain/reminders/defaults';
import { REMINDER_TRIGGERS, disallowedTags } from '../../src/domain/reminders/triggers';

import { messages } from '../../src/domain/messages';
import { ALL_TABS, CANDIDATES_TAB, REMINDERS_TAB, SETTINGS_TAB } from '../../src/workbook/schema';
import { planSetup, type TabState, type SetupOp } from '../../src/workbook/setup-plan';

const USER = 'coordination@example.org';
const texts = messages.sheet.init;

/** A tab as the applier would read it after a clean set-up, from the specs alone. */
function completeTab(headers: readonly string[], rows: unknown[][] = []): TabState {
  const width = 26;
  const pad = (r: unknown[]) => [...r, ...Array(width - r.length).fill('')];
  const values = [pad([...headers]), ...(rows.length ? rows.map(pad) : [pad([])])] as TabState['values'];
  return {
    maxRows: 1000,
    maxColumns: width,
    values,
    validated: values.map((r) => r.map(() => true)),
    numberFormats: values.map((r) => r.map(() => 'dd/mm/yyyy')),
    frozenRows: 1,
    frozenColumns: 4,
    sheetProtections: [],
    rangeProtections: [],
  };
}

describe('the set-up plan, computed from the tab specs', () => {
  it('covers every tab and header of ALL_TABS on a blank workbook', () => {
    const plan = planSetup(ALL_TABS, new Map(), presetProfile('bretagne-2025'), USER, texts);
    const added = plan.ops.filter((o): o is Extract<SetupOp, { kind: 'addSheet' }> => o.kind === 'addSheet').map((o) => o.tab);
    expect(added).toEqual(ALL_TABS.map((t) => t.name));
    for (const spec of ALL_TABS) {
      const headers = plan.ops.filter((o): o is Extract<SetupOp, { kind: 'setHeaders' }> => o.kind === 'setHeaders' && o.tab === spec.name);
      expect(headers).toEqual([{ kind: 'setHeaders', tab: spec.name, column: 1, headers: [...spec.headers] }]);
      expect(plan.ops).toContainEqual(expect.objectContaining({ kind: 'freeze', tab: spec.name, rows: 1 }));
    }
    expect(plan.ops).toContainEqual({ kind: 'freeze', tab: CANDIDATES_TAB.name, rows: 1, columns: 4 });
    // Nine neighbouring checkbox columns of Candidatures share one range (CV … Dérogation).
    expect(plan.ops).toContainEqual({ kind: 'setCheckboxes', tab: 'Candidatures', range: { row: 2, column: 12, numColumns: 9 } });
    expect(plan.ops.filter((o) => o.kind === 'protectSheet').map((o) => o.tab)).toEqual(['Éligibilité', 'Journal', 'Documents']);
    // Candidatures' ID and Contrôle, Entretiens' Créneau and Invitation, Présences' Saisi par and Saisi le, Productions' ID.
    expect(plan.ops.filter((o) => o.kind === 'protectRange').map((o) => 'range' in o && `${o.tab}:${o.range.column}`)).toEqual([
      'Candidatures:1',
      'Candidatures:24',
      'Entretiens:1',
      'Entretiens:8',
      'Présences:6',
      'Présences:7',
      'Productions:1',
    ]);
    // The selection tabs: the Avis drop-down, the slot's date format.
    expect(plan.ops).toContainEqual({
      kind: 'setList',
      tab: 'Avis',
      range: { row: 2, column: 3, numColumns: 1 },
      values: ['Favorable', 'Réservé', 'Défavorable'],
    });
    expect(plan.ops).toContainEqual({
      kind: 'setNumberFormat',
      tab: 'Entretiens',
      range: { row: 2, column: 2, numColumns: 1 },
      pattern: 'dd/mm/yyyy',
    });
    expect(plan.summary.remindersWritten).toBe(10);
    // Plain data: it survives a JSON round trip (Dates as text), so a Node or Sheets API applier can take it.
    expect(() => JSON.stringify(plan.ops)).not.toThrow();
  });

  it('plans nothing for a complete workbook, and keeps the calendar and rules already there', () => {
    const full = planSetup(ALL_TABS, new Map(), presetProfile('bfc-promo8'), USER, texts);
    const state = new Map<string, TabState>();
    for (const spec of ALL_TABS) state.set(spec.name, completeTab(spec.headers, spec === SETTINGS_TAB ? [] : [['x']]));
    // Settings as the first run wrote them.
    const writes = full.ops.filter(
      (o): o is Extract<SetupOp, { kind: 'writeValues' }> => o.kind === 'writeValues' && o.tab === SETTINGS_TAB.name,
    );
    state.set(
      SETTINGS_TAB.name,
      completeTab(
        SETTINGS_TAB.headers,
        writes.flatMap((w) => w.values),
      ),
    );
    const tabs = ALL_TABS.filter((t) => t.productTab);
    for (const t of tabs) state.get(t.name)!.sheetProtections.push({ description: texts.protectedTab(t.name), warningOnly: true });
    for (const t of ALL_TABS.filter((s) => s.productOwned?.length && !s.productTab)) {
      for (const h of t.productOwned!) {
        state.get(t.name)!.rangeProtections.push({
          description: texts.protectedColumn(h),
          warningOnly: true,
          range: { row: 1, column: t.headers.indexOf(h) + 1, numColumns: 1 },
        });
      }
    }
    expect(planSetup(ALL_TABS, state, presetProfile('bfc-promo8'), USER, texts).ops).toEqual([]);

    // A full protection of the product is made warning-only again; a missing date format is put back.
    state.get('Candidatures')!.rangeProtections[0]!.warningOnly = false;
    state.get('Présences')!.numberFormats[1]![2] = '0.###############';
    const repair = planSetup(ALL_TABS, state, presetProfile('bfc-promo8'), USER, texts);
    expect(repair.ops).toEqual([
      { kind: 'setNumberFormat', tab: 'Présences', range: { row: 2, column: 3, numColumns: 1 }, pattern: 'dd/mm/yyyy' },
      { kind: 'fixProtection', tab: 'Candidatures', type: 'range', index: 0, description: texts.protectedColumn('ID') },
    ]);
  });

  it('adopts an undescribed protection on a product column, and moves one of its own found on another column', () => {
    const state = new Map([[CANDIDATES_TAB.name, completeTab(CANDIDATES_TAB.headers)]]);
    const tab = state.get(CANDIDATES_TAB.name)!;
    tab.rangeProtections.push(
      { description: 'Mes notes', warningOnly: false, range: { row: 1, column: 1, numColumns: 1 } },
      { description: '', warningOnly: false, range: { row: 1, column: 1, numColumns: 1 } },
      { description: texts.protectedColumn('Contrôle'), warningOnly: true, range: { row: 1, column: 3, numColumns: 1 } },
    );
    const plan = planSetup([CANDIDATES_TAB], state, presetProfile('bretagne-2025'), USER, texts);
    expect(plan.ops).toEqual([
      { kind: 'fixProtection', tab: 'Candidatures', type: 'range', index: 1, description: texts.protectedColumn('ID') },
      {
        kind: 'fixProtection',
        tab: 'Candidatures',
        type: 'range',
        index: 2,
        description: texts.protectedColumn('Contrôle'),
        range: { row: 1, column: 24, numColumns: 1 },
      },
    ]);
  });

  it('puts checkboxes back on a column left without them, unless people type text there', () => {
    const state = new Map([[CANDIDATES_TAB.name, completeTab(CANDIDATES_TAB.headers, [CANDIDATES_TAB.headers.map(() => '')])]]);
    const tab = state.get(CANDIDATES_TAB.name)!;
    tab.validated[1]![11] = false; // CV, empty
    tab.validated[1]![12] = false; // Lettre de motivation, « Oui » typed
    tab.values[1]![12] = 'Oui';
    const plan = planSetup([CANDIDATES_TAB], state, presetProfile('bretagne-2025'), USER, texts);
    expect(plan.ops.filter((o) => o.kind !== 'protectRange')).toEqual([
      { kind: 'setCheckboxes', tab: 'Candidatures', range: { row: 2, column: 12, numColumns: 1 } },
    ]);
    expect(plan.summary.columnsFormatted).toEqual([{ tab: 'Candidatures', header: 'CV' }]);
  });

  it('freezes only the header row when the identity columns are not at the left', () => {
    const state = new Map([
      [CANDIDATES_TAB.name, { ...completeTab(['Mon suivi', ...CANDIDATES_TAB.headers]), frozenRows: 0, frozenColumns: 0 }],
    ]);
    const plan = planSetup([CANDIDATES_TAB], state, presetProfile('bretagne-2025'), USER, texts);
    expect(plan.ops.filter((o) => o.kind === 'freeze')).toEqual([{ kind: 'freeze', tab: CANDIDATES_TAB.name, rows: 1 }]);
  });

  it('writes the default rules only into an empty Relances', () => {
    const state = new Map([
      [REMINDERS_TAB.name, completeTab(REMINDERS_TAB.headers, [['ma-regle', true, 'chaque lundi', 0, 'Objet', 'Texte']])],
    ]);
    const plan = planSetup([REMINDERS_TAB], state, presetProfile('bretagne-2025'), USER, texts);
    expect(plan.ops).toEqual([]);
  });
});

describe('default reminder rules', () => {
  it('every preset carries the ten rules of the contract, each using only tags its Quand allows', () => {
    for (const profile of allPresets()) {
      expect(profile.reminders.map((r) => [r.id, r.when, r.days])).toEqual([
        ['dossier-incomplet', 'avant la date limite de candidature', 10],
        ['convocation-j7', 'avant une séance', 7],
        ['production-j7', "avant l'échéance d'une production", 7],
        ['production-retard', "après l'échéance d'une production", 1],
        ['memoire-j30', 'avant la date limite du mémoire', 30],
        ['attestation-presence', 'après une séance', 1],
        ['soutenance-j14', 'avant une soutenance', 14],
        ['jury-j7', 'avant une journée de soutenances', 7],
        ['attestation-fin', 'fin de formation', 0],
        ['synthese-equipe', 'chaque lundi', 0],
      ]);
    }
    expect(REMINDER_TRIGGERS).toHaveLength(10);
    for (const r of DEFAULT_REMINDERS) expect(disallowedTags(r.when, r.subject, r.message)).toEqual([]);
  });

  it('the profile schema refuses a rule using a tag its Quand does not allow, and defaults the rules when absent', () => {
    const { reminders, ...rest } = presetProfile('bretagne-2025');
    expect(parseProfile(rest, 'profil.json').reminders).toHaveLength(10);
    const bad = { ...rest, reminders: [{ ...reminders.find((r) => r.when === 'chaque lundi')!, message: 'Bonjour {{prenom}}' }] };
    expect(() => parseProfile(bad, 'profil.json')).toThrow(/reminders/);
  });
});

describe('Équipe in the shared set-up plan (pacte setup --share)', () => {
  const profile = presetProfile('bretagne-2025');
  const settingsWith = (team: string) =>
    new Map([
      [
        SETTINGS_TAB.name,
        completeTab(SETTINGS_TAB.headers, [
          ['Profil', 'bretagne-2025'],
          ['Équipe', team],
        ]),
      ],
    ]);
  const teamWrites = (ops: readonly SetupOp[]) => ops.filter((o) => o.kind === 'writeValues' && o.tab === SETTINGS_TAB.name && o.row === 3);

  it('adds the addresses a filled Équipe lacks after the ones typed there, as the last operation', () => {
    const team = ['coordination@example.org', 'secretariat@example.org'];
    const plan = planSetup([SETTINGS_TAB], settingsWith(' coordination@example.org '), profile, team.join(', '), texts, { team });
    expect(plan.ops.at(-1)).toEqual({
      kind: 'writeValues',
      tab: SETTINGS_TAB.name,
      row: 3,
      column: 2,
      values: [['coordination@example.org, secretariat@example.org']],
    });
    expect(plan.settings.get('équipe')).toBe('coordination@example.org, secretariat@example.org');
  });

  it('changes nothing when every address is there, when Équipe is empty (filled as always), or without the option', () => {
    const team = ['coordination@example.org'];
    expect(
      teamWrites(
        planSetup([SETTINGS_TAB], settingsWith('Coordination@example.org; autre@example.org'), profile, USER, texts, { team }).ops,
      ),
    ).toEqual([]);
    // An empty Équipe is filled once, by the settings' own block (its first cell), not merged again at the end.
    const empty = planSetup([SETTINGS_TAB], settingsWith(''), profile, 'coordination@example.org, x@example.org', texts, {
      team: [...team, 'x@example.org'],
    });
    expect(teamWrites(empty.ops).map((o) => o.kind === 'writeValues' && o.values[0])).toEqual([
      ['coordination@example.org, x@example.org'],
    ]);
    expect(teamWrites(planSetup([SETTINGS_TAB], settingsWith('autre@example.org'), profile, USER, texts).ops)).toEqual([]);
  });
});

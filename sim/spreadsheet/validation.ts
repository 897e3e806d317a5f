import type { SimContext } from '../context';
import { gasError } from '../errors';
import { raw } from '../runtime';
import type { ValidationData } from './model';

/**
 * Data validation: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
 * Criteria names: https://developers.google.com/apps-script/reference/spreadsheet/data-validation-criteria
 * Rules constrain what a person types; values written by a script are stored even when invalid
 * (the cell is then flagged), so setValues does not check them here either.
 */
export const DataValidationCriteria = Object.freeze({
  CHECKBOX: 'CHECKBOX',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
});

function copyValue(v: unknown): unknown {
  if (v instanceof Date) return new Date(v.getTime());
  if (Array.isArray(v)) return v.map(copyValue);
  return v;
}

export class DataValidation {
  constructor(
    readonly _data: ValidationData,
    private readonly ctx: SimContext,
  ) {}
  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return this._data.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues(): unknown[] {
    return this._data.values.map(copyValue);
  }
  getAllowInvalid(): boolean {
    return this._data.allowInvalid;
  }
  getHelpText(): string | null {
    return this._data.helpText === '' ? null : this._data.helpText;
  }
  copy(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return newValidationBuilder(this.ctx, { ...this._data, values: this._data.values.map(copyValue) });
  }
}

export class DataValidationBuilder {
  private data: ValidationData;
  constructor(
    private readonly ctx: SimContext,
    initial?: ValidationData,
  ) {
    this.data = initial ?? { criteria: '', values: [], allowInvalid: true, helpText: '' };
  }
  private self(): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    return this.ctx.runtime.instrument(this, 'DataValidationBuilder') as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
  }
  private set(criteria: string, values: unknown[]): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
    this.data = { ...this.data, criteria, values };
    return this.self();
  }
  requireCheckbox(checked?: unknown, unchecked?: unknown) {
    return this.set('CHECKBOX', checked === undefined ? [] : unchecked === undefined ? [checked] : [checked, unchecked]);
  }
  requireValueInList(values: unknown[], showDropdown = true) {
    if (!Array.isArray(values)) throw gasError('Invalid argument: values');
    return this.set('VALUE_IN_LIST', [values.map(copyValue), showDropdown]);
  }
  requireValueInRange(range: GoogleAppsScript.Spreadsheet.Range, showDropdown = true) {
    return this.set('VALUE_IN_RANGE', [range, showDropdown]);
  }
  requireDate() {
    return this.set('DATE_IS_VALID_DATE', []);
  }
  requireDateAfter(date: Date) {
    return this.set('DATE_AFTER', [new Date(date.getTime())]);
  }
  requireDateBefore(date: Date) {
    return this.set('DATE_BEFORE', [new Date(date.getTime())]);
  }
  requireNumberBetween(start: number, end: number) {
    return this.set('NUMBER_BETWEEN', [start, end]);
  }
  requireNumberGreaterThanOrEqualTo(n: number) {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [n]);
  }
  requireTextIsEmail() {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }
  requireFormulaSatisfied(formula: string) {
    return this.set('CUSTOM_FORMULA', [formula]);
  }
  withCriteria(criteria: unknown, args: unknown[]) {
    return this.set(String(criteria), args.map(copyValue));
  }
  setAllowInvalid(allowInvalidData: boolean) {
    this.data = { ...this.data, allowInvalid: !!allowInvalidData };
    return this.self();
  }
  setHelpText(helpText: string) {
    this.data = { ...this.data, helpText: String(helpText) };
    return this.self();
  }
  getCriteriaType() {
    return this.data.criteria as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }
  getCriteriaValues() {
    return this.data.values.map(copyValue);
  }
  build(): GoogleAppsScript.Spreadsheet.DataValidation {
    if (!this.data.criteria) throw gasError('You must specify a data validation criteria before building the rule.');
    return newValidation(this.ctx, { ...this.data, values: this.data.values.map(copyValue) });
  }
}

export function newValidationBuilder(ctx: SimContext, initial?: ValidationData): GoogleAppsScript.Spreadsheet.DataValidationBuilder {
  return ctx.runtime.instrument(
    new DataValidationBuilder(ctx, initial),
    'DataValidationBuilder',
  ) as unknown as GoogleAppsScript.Spreadsheet.DataValidationBuilder;
}

export function newValidation(ctx: SimContext, data: ValidationData): GoogleAppsScript.Spreadsheet.DataValidation {
  return ctx.runtime.instrument(new DataValidation(data, ctx), 'DataValidation') as unknown as GoogleAppsScript.Spreadsheet.DataValidation;
}

/** The stored data of a rule passed by product code (null clears). */
export function validationData(rule: unknown): ValidationData | null {
  if (rule === null || rule === undefined) return null;
  const r = raw(rule);
  if (!(r instanceof DataValidation)) throw gasError('Invalid argument: rule');
  return { ...r._data, values: r._data.values.map(copyValue) };
}

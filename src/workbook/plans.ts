/**
 * @deprecated Split by what it held (issue 20): ids.ts (ID formats and assignment), control-plan.ts
 * (`Contrôle`), eligibility-plan.ts (`Éligibilité`). Kept only while src/actions and src/gas import
 * it; delete at the merge.
 */
export * from './control-plan';
export * from './eligibility-plan';
export * from './ids';

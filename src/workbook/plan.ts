/**
 * @deprecated Renamed blocks.ts (issue 20). Kept only while src/actions and src/gas import it; delete
 * at the merge once they import './blocks'.
 */
export * from './blocks';

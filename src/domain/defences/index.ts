/** The soutenance planner's public API (workbook.md › `Jury`, `Mémoires`): what the sidebar and `pacte check` call. */
export { prepareDefences, sortPlacements } from './prepare';
export { planDefences, chooseJury } from './planner';
export { checkProposal } from './validate';
export { moveDefence, swapJuryMember, setJury, freeSlots, type Adjusted, type SlotChoice } from './adjust';
export { thesisUpdates, juryCell } from './updates';
export { checkDefences, type DefenceProblem } from './check';
export { juryRole, parseAvailability, readJuryMembers, availableOn, nameKey } from './jury';
export { parseHours, slotStarts, readDefenceSessions, isDefenceSession } from './schedule';
export { overlaps } from './occupancy';
export * from './types';

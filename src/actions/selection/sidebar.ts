/** « Sélection… »: the sidebar and its server functions (contract: src/ui/contract/selection.ts). */
import { messages } from '../../domain/messages';
import { showSidebar } from '../../gas/ui';
import { openAction } from '../context';
import { serverFunction } from '../rpc';
import { sendDecisions } from './decisions';
import { sendInvitations } from './invitations';
import { slotsAction } from './slots';
import { syncSelectionCells } from './sync';
import { selectionView } from './view';
import { recordOpinion, setStatus } from './writes';

export function openSelectionSidebar(): void {
  openAction();
  showSidebar('selection', messages.selection.sidebar.title);
}

export const loadSelection = serverFunction('pacteSelectionLoad', () => {
  const ctx = openAction();
  syncSelectionCells(ctx);
  return selectionView(ctx);
});

/** « Envoyer »: the invitations previewed, through the one ledger (each key once). */
export const sendSelectionInvitations = serverFunction('pacteSelectionSendInvitations', () => {
  const ctx = openAction();
  return selectionView(ctx, sendInvitations(ctx, ctx.user));
});

/** « Envoyer les décisions »: the letters previewed, through the one ledger (each decision once). */
export const sendSelectionDecisions = serverFunction('pacteSelectionSendDecisions', () => {
  const ctx = openAction();
  return selectionView(ctx, sendDecisions(ctx, ctx.user));
});

export const setSelectionStatus = serverFunction('pacteSelectionSetStatus', (request) => {
  const ctx = openAction();
  return selectionView(ctx, setStatus(ctx, request));
});

export const recordSelectionOpinion = serverFunction('pacteSelectionOpinion', (request) => {
  const ctx = openAction();
  return selectionView(ctx, recordOpinion(ctx, request));
});

export const selectionSlots = serverFunction('pacteSelectionSlots', (request) => slotsAction(openAction(), request));

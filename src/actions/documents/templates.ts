import { checkTemplate, readTemplate, templateMentionsMissing, type DocResource, type TemplateProblem } from '../../domain/doc-fill';
import { DOCUMENT_KINDS, KIND_LABELS } from '../../domain/documents';
import { messages } from '../../domain/messages';
import { fileIdOf, getDocument } from '../../gas/drive';
import { text } from '../../workbook/cells';
import { setting } from '../../workbook/cohort';
import type { TemplateReport } from '../../ui/contract';
import { openAction } from '../context';
import { serverFunction } from '../rpc';
import { isNotFound } from './errors';
import { TEMPLATE_KEYS } from './inputs';

const D = messages.documents;

export function problemText(p: TemplateProblem): string {
  const where = p.where.map((w) => D.where[w]).join(', ');
  return p.code === 'mixed_row' || p.code === 'repeated_twice' ? D.problem[p.code](p.tag) : D.problem[p.code](p.tag, where);
}

export const checkTemplates = serverFunction('pacteDocumentsCheckTemplates', (): TemplateReport[] => {
  const ctx = openAction();
  return DOCUMENT_KINDS.map((kind) => {
    const key = TEMPLATE_KEYS[kind];
    const value = text(setting(ctx.settings, key));
    const report = { key, label: KIND_LABELS[kind] };
    if (!value) return { ...report, ok: true, lines: [D.templateMissing] };
    try {
      const shape = readTemplate(getDocument(fileIdOf(value)) as DocResource);
      // Refusals first (no document is made with them), then the mentions the contract wants and the template lost.
      const lines = [
        ...checkTemplate(kind, shape).map(problemText),
        ...templateMentionsMissing(kind, shape).map((m) => D.mentionMissing(m.id, m.ways)),
      ];
      return { ...report, ok: lines.length === 0, lines: lines.length ? lines : [D.templateOk] };
    } catch (error) {
      if (isNotFound(error)) return { ...report, ok: false, lines: [D.templateUnreachable(key)] };
      throw error;
    }
  });
});

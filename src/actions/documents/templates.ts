import { checkTemplate, readTemplate, type DocResource, type TemplateProblem } from '../../domain/doc-fill';
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
      const problems = checkTemplate(kind, readTemplate(getDocument(fileIdOf(value)) as DocResource));
      return { ...report, ok: problems.length === 0, lines: problems.length ? problems.map(problemText) : [D.templateOk] };
    } catch (error) {
      if (isNotFound(error)) return { ...report, ok: false, lines: [D.templateUnreachable(key)] };
      throw error;
    }
  });
});

import type { TFunction } from 'i18next';
import type { GlossaryFileResult } from './readGlossaryFile';

type FileProblem = Extract<GlossaryFileResult, { ok: false }>['problem'];

/**
 * A message of the glossary panel, kept as its key and values rather than as text, so it is
 * translated when shown and follows a change of interface language.
 */
export type GlossaryMessage =
  | { kind: 'added' | 'merged' | 'saved' | 'deleted'; source: string }
  | { kind: 'imported'; added: number; merged: number; sourceOnly?: number }
  | { kind: 'importError'; problem: FileProblem }
  | { kind: 'requireSource' | 'requireTarget' };

export function glossaryMessageText(message: GlossaryMessage, t: TFunction): string {
  switch (message.kind) {
    case 'imported': {
      const imported = t('glossary.imported', { added: message.added, merged: message.merged });
      return message.sourceOnly
        ? `${imported} ${t('glossary.importedSourceOnly', { count: message.sourceOnly })}`
        : imported;
    }
    case 'importError': {
      const { code, ...details } = message.problem;
      return t(`glossary.importErrors.${code}`, { line: '?', column: '?', ...details });
    }
    case 'requireSource':
    case 'requireTarget':
      return t(`glossary.${message.kind}`);
    default:
      return t(`glossary.${message.kind}`, { source: message.source });
  }
}

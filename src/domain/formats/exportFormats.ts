/**
 * The formats a project exports to, apart from the serializers (exportProject.ts), so the
 * Export menu can list them without loading every writer with the page.
 */
export const exportFormats = [
  'xliff2',
  'xliff12',
  'tmx',
  'html',
  'md',
  'docx',
  'bilingual',
  'project',
] as const;
export type ExportFormat = (typeof exportFormats)[number];

export function isExportFormat(value: unknown): value is ExportFormat {
  return typeof value === 'string' && (exportFormats as readonly string[]).includes(value);
}

import { writeProjectFile } from '../../domain/formats/projectFile/projectFile';
import type { ProjectDocument } from '../../domain/project/projectDocument';

/** Hands a file to the browser's download machinery. */
export function downloadFile(name: string, content: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a project name: no path separators or characters file systems refuse. */
export function fileNameFor(projectName: string, suffix: string): string {
  const base = [...projectName]
    .map((char) => (/[\\/:*?"<>|]/.test(char) || char < ' ' ? ' ' : char))
    .join('')
    .trim()
    .slice(0, 80);
  return `${base || 'project'}${suffix}`;
}

/** The whole project as its project file, the backup format. */
export function downloadProjectFile(document: ProjectDocument): void {
  downloadFile(
    fileNameFor(document.project.name, '.json'),
    writeProjectFile(document),
    'application/json',
  );
}

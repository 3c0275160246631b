import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import { readProjectFile } from '../../domain/formats/projectFile/projectFile';
import { createProjectFromDocument } from '../../storage/repositories/projectDocuments';

/** "Import" opens the file picker at once; a project file opens as a new project. */
export function ImportButton() {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  const importFile = async (file: File) => {
    try {
      const text = await file.text();
      if (/^\s*</.test(text)) {
        setMessage({ text: t('import.errors.xliff'), isError: true });
        return;
      }
      const result = readProjectFile(text);
      if (!result.ok) {
        const { code, ...details } = result.problem;
        setMessage({
          text: t(`import.errors.${code}`, { detail: '', version: '', path: '', ...details }),
          isError: true,
        });
        return;
      }
      const project = await createProjectFromDocument(db, result.document);
      setMessage({
        text: t('import.opened', {
          name: project.name,
          segments: result.document.segments.length,
          terms: result.document.glossary.length,
        }),
        isError: false,
      });
    } catch {
      setMessage({ text: t('import.errors.unreadable'), isError: true });
    }
  };

  return (
    <div className="import">
      <button type="button" onClick={() => input.current?.click()}>
        {t('import.button')}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        accept=".json,.xlf,.xliff,application/json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void importFile(file);
        }}
      />
      {message ? (
        <p
          role={message.isError ? 'alert' : undefined}
          aria-live="polite"
          className={message.isError ? 'field__error' : 'field__hint'}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}

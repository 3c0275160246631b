import { useCallback, useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import { readSourceText, type SourceTextProblem } from '../../domain/project/newProjectFromText';
import { createProject } from '../../storage/repositories/projects';
import { Dialog } from '../common/Dialog';
import { readSourceFile, type SourceFileProblem } from './readSourceFile';

type ErrorKey = SourceFileProblem | SourceTextProblem | 'noSource' | 'unreadable';

interface Props {
  open: boolean;
  initialFile: File | null;
  onClose: () => void;
}

export function NewProjectDialog({ open, initialFile, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('project.dialogTitle')} onClose={onClose}>
      <NewProjectForm initialFile={initialFile} onDone={onClose} />
    </Dialog>
  );
}

/** Mounted only while the dialog is open, so every opening starts from a clean form. */
function NewProjectForm({ initialFile, onDone }: { initialFile: File | null; onDone: () => void }) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const [markdown, setMarkdown] = useState(false);
  const [error, setError] = useState<ErrorKey | null>(null);
  const [busy, setBusy] = useState(false);
  // A file read still in flight when "Create project" is pressed is awaited, not lost.
  const pendingRead = useRef<Promise<string | null> | null>(null);
  const ids = { file: useId(), text: useId(), name: useId(), error: useId() };

  const loadFile = useCallback((file: File) => {
    setError(null);
    const read = readSourceFile(file).then((result) => {
      if (!result.ok) {
        setError(result.problem);
        return null;
      }
      setText(result.text);
      setName(result.name);
      setMarkdown(result.markdown);
      return result.text;
    });
    pendingRead.current = read;
    return read;
  }, []);

  useEffect(() => {
    if (initialFile) void loadFile(initialFile);
  }, [initialFile, loadFile]);

  const create = async () => {
    setBusy(true);
    try {
      const read = pendingRead.current;
      pendingRead.current = null;
      const source = read ? await read : text;
      if (source === null) return;
      if (source.trim() === '') return setError('noSource');
      const imported = readSourceText(source, { markdown, fileName: name || undefined });
      if (!imported.ok) return setError(imported.problem);
      await createProject(db, imported.project);
      onDone();
    } catch {
      setError('unreadable');
    } finally {
      setBusy(false);
    }
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    const file = event.dataTransfer.files[0];
    if (file) void loadFile(file);
  };

  return (
    <form
      className="new-project"
      onSubmit={(event) => {
        event.preventDefault();
        void create();
      }}
      onDragOver={(event) => event.preventDefault()}
      onDrop={onDrop}
    >
      <div className="field">
        <label htmlFor={ids.file}>{t('project.sourceFile')}</label>
        <input
          id={ids.file}
          type="file"
          accept=".txt,.md,.markdown,text/plain,text/markdown"
          aria-describedby={error ? ids.error : undefined}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) void loadFile(file);
          }}
        />
        <p className="field__hint">{t('project.sourceFileHint')}</p>
      </div>
      <div className="field">
        <label htmlFor={ids.text}>{t('project.sourceText')}</label>
        <textarea
          id={ids.text}
          rows={10}
          lang="zh"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setError(null);
          }}
        />
        <p className="field__hint">{t('project.sourceTextHint')}</p>
      </div>
      <div className="field">
        <label htmlFor={ids.name}>{t('project.name')}</label>
        <input id={ids.name} value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      {error ? (
        <p id={ids.error} role="alert" className="field__error">
          {t(`project.errors.${error}`)}
        </p>
      ) : null}
      <div className="dialog__actions">
        <button type="button" onClick={onDone}>
          {t('project.cancel')}
        </button>
        <button type="submit" disabled={busy}>
          {t('project.create')}
        </button>
      </div>
    </form>
  );
}

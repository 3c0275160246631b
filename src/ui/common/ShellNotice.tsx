import type { TFunction } from 'i18next';
import { createContext, use, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A message's words: a translation, `(t) => t('key', values)`, which the toast renders again
 * when the interface language changes while it is shown; or text that is not translated (a
 * storage error's own message, say).
 */
export type NoticeText = string | ((t: TFunction) => string);

export function textOf(text: NoticeText, t: TFunction): string {
  return typeof text === 'string' ? text : text(t);
}

export interface NoticeInput {
  text: NoticeText;
  /** An error is announced assertively (role alert) and drawn as one. */
  tone?: 'info' | 'error';
  /** One action the message offers, such as Undo. */
  action?: { label: NoticeText; run: () => void };
  /** Called when the translator closes the message. */
  onDismiss?: () => void;
  /**
   * The project the message is about: it is dropped when another project opens. Defaults to the
   * project open when it was sent; `null` keeps it across projects.
   */
  projectId?: string | null;
}

interface Toast extends NoticeInput {
  id: number;
  projectId: string | null;
}

type Announce = (notice: NoticeText | NoticeInput) => void;

const ShellNoticeContext = createContext<Announce>(() => undefined);

/** At most this many messages show at once; the oldest gives way. */
const maxToasts = 3;

/**
 * Messages to the translator (import and merge results, deletions with Undo, notices about the
 * text) as toasts over the workspace's corner: they never push the bars or the text around,
 * stay until dismissed, and do not follow the translator into another project.
 */
export function ShellNoticeProvider({
  activeProjectId,
  children,
}: {
  activeProjectId: string | null;
  children: React.ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const activeProject = useRef(activeProjectId);

  useEffect(() => {
    activeProject.current = activeProjectId;
    setToasts((current) =>
      current.filter((toast) => toast.projectId === null || toast.projectId === activeProjectId),
    );
  }, [activeProjectId]);

  const announce = useCallback<Announce>(
    (notice) => {
      const input = typeof notice === 'object' ? notice : { text: notice };
      const toast: Toast = {
        ...input,
        id: nextId.current++,
        projectId: input.projectId === undefined ? activeProject.current : input.projectId,
      };
      // The same words twice show once (compared in the language of the moment).
      const words = textOf(toast.text, i18n.t);
      setToasts((current) =>
        [...current.filter((other) => textOf(other.text, i18n.t) !== words), toast].slice(
          -maxToasts,
        ),
      );
    },
    [i18n],
  );

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  return (
    <ShellNoticeContext value={announce}>
      {children}
      <div className="toasts">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            role={toast.tone === 'error' ? 'alert' : 'status'}
            className={`toast toast--${toast.tone ?? 'info'}`}
          >
            <p className="toast__text">{textOf(toast.text, t)}</p>
            {toast.action ? (
              <button
                type="button"
                className="toast__action"
                onClick={() => {
                  toast.action?.run();
                  dismiss(toast.id);
                }}
              >
                {textOf(toast.action.label, t)}
              </button>
            ) : null}
            <button
              type="button"
              className="toast__close"
              aria-label={t('notice.dismiss')}
              title={t('notice.dismiss')}
              onClick={() => {
                toast.onDismiss?.();
                dismiss(toast.id);
              }}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ShellNoticeContext>
  );
}

export function useShellNotice(): Announce {
  return use(ShellNoticeContext);
}

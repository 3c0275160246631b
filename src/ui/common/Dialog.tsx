import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
}

/**
 * A native modal <dialog>: focus trapping, Esc and the backdrop come from the browser. It is in
 * the document only while open, so its name never competes with the controls it is about. The
 * control to focus first carries `data-autofocus` (not React's `autoFocus`, see below).
 */
export function Dialog({ open, title, onClose, children, className }: DialogProps) {
  if (!open) return null;
  return (
    <OpenDialog title={title} onClose={onClose} className={className}>
      {children}
    </OpenDialog>
  );
}

function OpenDialog({ title, onClose, children, className }: Omit<DialogProps, 'open'>) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || dialog.open) return;
    dialog.showModal();
    // React's autoFocus runs while the dialog is still closed (so it fails) and showModal then
    // focuses the first control, which in "Delete / Cancel" or "Confirm anyway / Go back" is the
    // risky one: a dialog names its safe first focus with data-autofocus instead.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className={['dialog', className].filter(Boolean).join(' ')}
      onClose={onClose}
    >
      <h2 id={titleId} className="dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}

import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';

interface Props {
  open: boolean;
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before something is deleted; Esc, the backdrop and Cancel all keep it. */
export function ConfirmDialog({ open, title, message, confirmLabel, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={title} onClose={onCancel} className="confirm">
      <p>{message}</p>
      <div className="dialog__actions">
        <button type="button" className="button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" data-autofocus onClick={onCancel}>
          {t('confirm.cancel')}
        </button>
      </div>
    </Dialog>
  );
}

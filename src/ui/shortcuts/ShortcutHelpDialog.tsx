import { useTranslation } from 'react-i18next';
import { Dialog } from '../common/Dialog';

const shortcuts = [
  'confirm',
  'next',
  'previous',
  'copySource',
  'leave',
  'addTerm',
  'findReplace',
  'insertTerm',
  'concordance',
  'insertMatch',
  'addFootnote',
  'nextIssue',
  'bold',
  'italic',
  'undo',
  'redo',
  'help',
] as const;

export function ShortcutHelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} title={t('shortcuts.title')} onClose={onClose}>
      <table className="shortcuts">
        <tbody>
          {shortcuts.map((name) => (
            <tr key={name}>
              <th scope="row">
                <kbd>{t(`shortcuts.keys.${name}`)}</kbd>
              </th>
              <td>{t(`shortcuts.${name}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog" className="dialog__actions">
        <button type="submit" autoFocus>
          {t('shortcuts.close')}
        </button>
      </form>
    </Dialog>
  );
}

import { useTranslation } from 'react-i18next';
import { Dialog } from '../common/Dialog';
import { SegmentTypeShortcutRow } from '../structure/SegmentTypeShortcutRow';
import { shortcutKeysKey } from './platformKeys';

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
  'comment',
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
                <kbd>{t(shortcutKeysKey(name))}</kbd>
              </th>
              <td>{t(`shortcuts.${name}`)}</td>
            </tr>
          ))}
          <SegmentTypeShortcutRow />
          <tr>
            <th scope="row">
              <kbd>{t('inlineCodes.shortcutKeys')}</kbd>
            </th>
            <td>{t('inlineCodes.shortcut')}</td>
          </tr>
        </tbody>
      </table>
      <form method="dialog" className="dialog__actions">
        <button type="submit" data-autofocus>
          {t('shortcuts.close')}
        </button>
      </form>
    </Dialog>
  );
}

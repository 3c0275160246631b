import { useTranslation } from 'react-i18next';

/** The segment type shortcuts, one row of the keyboard shortcuts help. */
export function SegmentTypeShortcutRow() {
  const { t } = useTranslation();
  return (
    <tr>
      <th scope="row">
        <kbd>{t('shortcuts.keys.segmentType')}</kbd>
      </th>
      <td>{t('structure.shortcut')}</td>
    </tr>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Status {
  persistent: boolean;
  usage: number | null;
  quota: number | null;
}

/**
 * Asks the browser to keep this site's storage (so it is not evicted under pressure) and shows
 * whether it agreed and how much is used.
 */
export function StorageStatus() {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<Status | null>(null);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const storage = navigator.storage;
      if (!storage) return;
      const persistent = (await storage.persisted?.()) || ((await storage.persist?.()) ?? false);
      const estimate = await storage.estimate?.();
      if (!cancelled) {
        setStatus({ persistent, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null });
      }
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);
  if (!status) return null;
  const format = (bytes: number) =>
    new Intl.NumberFormat(i18n.language, {
      style: 'unit',
      unit: 'megabyte',
      maximumFractionDigits: 1,
    }).format(bytes / 1_000_000);
  // Compact in the footer: a dot that says kept or not at a glance, the details on demand.
  return (
    <details className={`storage-status storage-status--${status.persistent ? 'kept' : 'at-risk'}`}>
      <summary>
        <span className="storage-status__dot" aria-hidden="true" />
        {t('layout.storage')}
      </summary>
      <p className="storage-status__details">
        {status.persistent ? t('storage.persistent') : t('storage.bestEffort')}
        {status.usage !== null && status.quota !== null
          ? ` · ${t('storage.usage', { used: format(status.usage), quota: format(status.quota) })}`
          : null}
      </p>
    </details>
  );
}

/**
 * Registers the service worker that keeps the built app's files for opening it offline. Only in
 * the production build (the dev server's modules change on every edit), and after the page has
 * loaded, so keeping the files never competes with the first load.
 */
export function registerShellWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker
      .register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL })
      // Without it the app still works online; nothing the translator must act on.
      .catch(() => undefined);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

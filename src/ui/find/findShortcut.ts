/**
 * The key that opens Find and replace. Ctrl+H elsewhere; on a Mac ⌥⌘F, as in many Mac editors:
 * ⌘H hides the application there (the page never sees it), and ⌘F / Ctrl+F stay the browser's
 * own find in page, never taken over.
 */
export function isMacPlatform(): boolean {
  if (typeof navigator === 'undefined') return false;
  const withHints = navigator as Navigator & { userAgentData?: { platform?: string } };
  const platform = withHints.userAgentData?.platform ?? navigator.platform ?? '';
  return /mac/i.test(platform);
}

type ShortcutKey = Pick<
  KeyboardEvent,
  'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing'
>;

export function isFindReplaceKey(event: ShortcutKey, mac: boolean): boolean {
  if (event.isComposing || event.shiftKey) return false;
  // ⌥ changes the character (⌥F types ƒ): the physical key is what counts.
  if (mac) return event.metaKey && event.altKey && !event.ctrlKey && event.code === 'KeyF';
  return event.ctrlKey && !event.metaKey && !event.altKey && event.key.toLowerCase() === 'h';
}

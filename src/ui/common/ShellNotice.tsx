import { createContext, use, useState, type ReactNode } from 'react';

type Announce = (text: string) => void;

const ShellNoticeContext = createContext<Announce>(() => undefined);

/**
 * A message that must outlive the workspace that sent it: opening an imported file as a new
 * project replaces the workspace, and the summary is shown in the toolbar instead.
 */
export function ShellNoticeProvider({
  children,
}: {
  children: (notice: string | null) => ReactNode;
}) {
  const [notice, setNotice] = useState<string | null>(null);
  return <ShellNoticeContext value={setNotice}>{children(notice)}</ShellNoticeContext>;
}

export function useShellNotice(): Announce {
  return use(ShellNoticeContext);
}

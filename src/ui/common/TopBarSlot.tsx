import { createContext, use, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** Where the open workspace puts its actions (Go to, Import, Export) in the shell's one bar. */
export const TopBarSlotContext = createContext<HTMLElement | null>(null);

export function TopBarActions({ children }: { children: ReactNode }) {
  const slot = use(TopBarSlotContext);
  return slot ? createPortal(children, slot) : null;
}

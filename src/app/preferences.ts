import { createContext, useContext } from 'react';
import type { Preferences } from '../storage/repositories/settings';

export type { Preferences };

export interface PreferencesContextValue extends Preferences {
  setPreference: <K extends keyof Preferences>(key: K, value: Preferences[K]) => void;
  /** The last choice that applies now but could not be kept for the next start (`at` orders them). */
  preferenceFailure: { detail: string; at: number } | null;
}

export const PreferencesContext = createContext<PreferencesContextValue | null>(null);

export function usePreferences(): PreferencesContextValue {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences must be used inside <PreferencesContext>');
  return value;
}

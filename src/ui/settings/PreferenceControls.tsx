import { useId } from 'react';
import { usePreferences, type Preferences } from '../../app/preferences';

type KeysOf<T> = {
  [K in keyof Preferences]: Preferences[K] extends T ? K : never;
}[keyof Preferences];

interface PreferenceSelectProps<K extends KeysOf<string>> {
  preference: K;
  label: string;
  values: readonly Preferences[K][];
  optionLabel: (value: Preferences[K]) => string;
  /** The language an option's label is written in, where it is not the interface's. */
  optionLang?: (value: Preferences[K]) => string | undefined;
  className?: string;
}

/** A labelled choice of one preference, written as soon as it changes. */
export function PreferenceSelect<K extends KeysOf<string>>(props: PreferenceSelectProps<K>) {
  const { preference, label, values, optionLabel, optionLang, className } = props;
  const preferences = usePreferences();
  const id = useId();
  return (
    <div className={className ?? 'settings__field'}>
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={preferences[preference]}
        onChange={(event) => {
          const value = values.find((candidate) => candidate === event.target.value);
          if (value !== undefined) preferences.setPreference(preference, value);
        }}
      >
        {values.map((value) => (
          <option key={value} value={value} lang={optionLang?.(value)}>
            {optionLabel(value)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled on/off preference, written as soon as it changes. */
export function PreferenceCheckbox({
  preference,
  label,
}: {
  preference: KeysOf<boolean>;
  label: string;
}) {
  const preferences = usePreferences();
  const id = useId();
  return (
    <div className="settings__field settings__field--inline">
      <input
        id={id}
        type="checkbox"
        checked={preferences[preference]}
        onChange={(event) => preferences.setPreference(preference, event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

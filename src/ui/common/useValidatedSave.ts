import { useState } from 'react';

/** What a save that validates its input answers: done, or the problem that stopped it. */
export type ValidatedResult<Problem> = { ok: true } | { ok: false; problem: Problem };

/**
 * A dialog's save: busy while writing, closed when written, and otherwise the problem kept to
 * be shown — the one the validation named, or the storage's own failure with its message.
 */
export function useValidatedSave<Problem>(
  write: () => Promise<ValidatedResult<Problem>>,
  onDone: () => void,
) {
  const [problem, setProblem] = useState<Problem | { failed: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const result = await write();
      if (result.ok) onDone();
      else setProblem(result.problem);
    } catch (caught) {
      setProblem({ failed: caught instanceof Error ? caught.message : String(caught) });
    } finally {
      setBusy(false);
    }
  };
  return { problem, setProblem, busy, save };
}

import { useRef, type ReactNode } from 'react';

interface FilePickerButtonProps {
  /** The button's text, which is also its accessible name. */
  children: ReactNode;
  /** File types offered first in the browser's picker (the `accept` attribute). */
  accept: string;
  onFile: (file: File) => void;
}

/**
 * A button that opens the browser's file picker: the `<input type="file">` stays hidden and out
 * of the tab order, so the button is what the translator (and assistive technology) meets. The
 * input is emptied after each pick, so choosing the same file again, after fixing it, reads it
 * again.
 */
export function FilePickerButton({ children, accept, onFile }: FilePickerButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        aria-hidden="true"
        accept={accept}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}

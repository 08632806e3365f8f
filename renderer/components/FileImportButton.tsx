export interface FileImportButtonProps {
  /** The button's text, as "Import profile file…". */
  readonly label: string;
  /** The file input's accessible name. */
  readonly ariaLabel: string;
  /** The file types offered, as the input's accept attribute. */
  readonly accept: string;
  readonly disabled: boolean;
  /** The file picked; the input is cleared so that the same file can be picked again. */
  readonly onFile: (file: File) => void;
}

/** A button that opens the system's file chooser for one file (a styled label around a hidden file input). */
export function FileImportButton({ label, ariaLabel, accept, disabled, onFile }: FileImportButtonProps) {
  return (
    <label className={`button${disabled ? ' is-disabled' : ''}`}>
      {label}
      <input
        className="visually-hidden"
        type="file"
        accept={accept}
        aria-label={ariaLabel}
        disabled={disabled}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) onFile(file);
        }}
      />
    </label>
  );
}

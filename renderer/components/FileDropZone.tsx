import type { DragEvent, ReactNode } from 'react';
import { useState } from 'react';
import { Icon } from './Icon';

export interface FileDropZoneProps {
  readonly disabled: boolean;
  /** The file input's `accept`: the extensions offered in the file chooser. */
  readonly accept: string;
  /** "Drop manifest files here, or" */
  readonly prompt: string;
  readonly hint: ReactNode;
  /** Moves focus to the file chooser button when the dialog opens. */
  readonly autoFocus?: boolean;
  readonly onFiles: (files: readonly File[]) => void;
}

/** Where files are dropped or picked (several at once). */
export function FileDropZone({ disabled, accept, prompt, hint, autoFocus = false, onFiles }: FileDropZoneProps) {
  const [dragging, setDragging] = useState(false);

  const onDragOver = (event: DragEvent<HTMLDivElement>) => {
    if (disabled || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setDragging(true);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    if (!disabled) onFiles([...event.dataTransfer.files]);
  };

  return (
    <div
      className={`drop-zone${dragging ? ' is-dragging' : ''}${disabled ? ' is-disabled' : ''}`}
      onDragOver={onDragOver}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <Icon name="upload" size={22} />
      <p className="drop-zone__text">{prompt}</p>
      <label className={`button button--primary${disabled ? ' is-disabled' : ''}`}>
        Choose files…
        <input
          className="visually-hidden"
          type="file"
          accept={accept}
          multiple
          disabled={disabled}
          data-autofocus={autoFocus ? true : undefined}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            onFiles(files);
          }}
        />
      </label>
      <p className="drop-zone__hint">{hint}</p>
    </div>
  );
}

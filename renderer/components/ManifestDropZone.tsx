import type { DragEvent } from 'react';
import { useState } from 'react';
import { Icon } from './Icon';

export interface ManifestDropZoneProps {
  readonly disabled: boolean;
  readonly onFiles: (files: readonly File[]) => void;
}

/** Where manifest CSV files are dropped or picked (several at once). */
export function ManifestDropZone({ disabled, onFiles }: ManifestDropZoneProps) {
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
      <p className="drop-zone__text">Drop manifest CSV files here, or</p>
      <label className={`button button--primary${disabled ? ' is-disabled' : ''}`}>
        Choose files…
        <input
          className="visually-hidden"
          type="file"
          accept=".csv,text/csv"
          multiple
          disabled={disabled}
          data-autofocus
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            event.target.value = '';
            onFiles(files);
          }}
        />
      </label>
      <p className="drop-zone__hint">Comma, semicolon, tab or pipe delimited; headers are matched to the manifest fields.</p>
    </div>
  );
}

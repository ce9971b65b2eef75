import { useRef, useState, type DragEvent } from 'react';
import { ErrorNote } from './ErrorNote.js';

/** What the file chooser offers; the server checks the bytes whatever the file is called. */
const ACCEPT = 'image/jpeg,image/png,image/webp';

/**
 * A picture with the ways to change it: drop a file on it, or choose one with the keyboard or mouse;
 * replace it; remove it. The file goes to `onFile` as it is; the page uploads it.
 */
export function PictureDrop(props: {
  /** An address the page may show (an object URL); null when there is no picture. */
  src: string | null;
  alt: string;
  busy: boolean;
  error: string | null;
  /** Why nothing can be changed yet ("Save the asset first"); null when it can. */
  unavailable?: string | null;
  onFile: (file: File) => void;
  onRemove: () => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const locked = props.busy || Boolean(props.unavailable);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && !locked) props.onFile(file);
  };
  return (
    <div className="picture-drop">
      <div
        className={`picture-drop__zone${over ? ' picture-drop__zone--over' : ''}`}
        aria-busy={props.busy}
        onDragOver={(e) => {
          e.preventDefault();
          if (!locked) setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        {props.src ? (
          <img className="picture-drop__image" src={props.src} alt={props.alt} />
        ) : (
          <p className="picture-drop__empty">
            {props.unavailable ?? 'No picture yet. Drop a JPEG, PNG or WebP file here, or choose one.'}
          </p>
        )}
      </div>
      <input
        ref={input}
        className="picture-drop__input"
        type="file"
        accept={ACCEPT}
        tabIndex={-1}
        aria-label="Picture file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) props.onFile(file);
        }}
      />
      <div className="picture-drop__actions">
        <button
          type="button"
          className="btn btn--secondary"
          disabled={locked}
          onClick={() => input.current?.click()}
        >
          {props.src ? 'Replace picture…' : 'Choose a picture…'}
        </button>
        {props.src && (
          <button type="button" className="btn btn--secondary" disabled={locked} onClick={props.onRemove}>
            Remove picture
          </button>
        )}
        {props.busy && <span aria-live="polite">Saving the picture …</span>}
      </div>
      <ErrorNote message={props.error} />
    </div>
  );
}

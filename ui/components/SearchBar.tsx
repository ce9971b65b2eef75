import { useId, useState, type FormEvent } from 'react';

/**
 * One search box over a list: Enter or the button searches, so a USB barcode or card reader, which types
 * the code and presses Enter, searches by itself.
 */
export function SearchBar(props: {
  label: string;
  hint: string;
  placeholder?: string;
  /** The search the list shows now; the box starts with it and offers to clear it. */
  current: string;
  onSearch: (q: string) => void;
}) {
  const id = useId();
  const [text, setText] = useState(props.current);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSearch(text);
  };
  return (
    <form className="search-bar" role="search" onSubmit={submit}>
      <label htmlFor={id}>{props.label}</label>
      <p className="search-bar__hint" id={`${id}-hint`}>
        {props.hint}
      </p>
      <div className="search-bar__row">
        <input
          id={id}
          type="search"
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          spellCheck={false}
          placeholder={props.placeholder}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <button type="submit" className="btn btn--primary">
          Search
        </button>
        {props.current && (
          <button
            type="button"
            className="btn btn--secondary"
            onClick={() => {
              setText('');
              props.onSearch('');
            }}
          >
            Clear search
          </button>
        )}
      </div>
    </form>
  );
}

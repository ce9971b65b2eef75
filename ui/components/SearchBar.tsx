import { useId, useState, type FormEvent } from 'react';

/**
 * One search box with its button, searched on Enter, so a USB barcode scanner (which types the label and
 * presses Enter) works in it as well as a keyboard.
 */
export function SearchBar(props: {
  label: string;
  hint: string;
  placeholder?: string;
  /** The search the list shows now: "Clear search" appears while there is one. */
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

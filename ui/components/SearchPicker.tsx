import { useId, useState, type KeyboardEvent } from 'react';
import type { Choice } from './Field.js';

/**
 * Choosing one of many (a person out of 20,000): type, press Enter or Find, pick a match. The chosen one
 * is shown with a way to clear it. Searching is the page's: `onSearch` answers the matches.
 */
export function SearchPicker(props: {
  label: string;
  hint?: string;
  error?: string | null | undefined;
  /** The chosen one's name; null when none is chosen. */
  chosen: string | null;
  noneLabel: string;
  /** The search box's label: "Find a person". */
  findLabel: string;
  onSearch: (q: string) => Promise<Choice[]>;
  onChoose: (value: string) => void;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [matches, setMatches] = useState<Choice[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const find = async () => {
    if (!text.trim()) return;
    try {
      setProblem(null);
      setMatches(await props.onSearch(text.trim()));
    } catch (err) {
      setProblem(err instanceof Error ? err.message : 'The search failed: try again.');
    }
  };
  const enter = (e: KeyboardEvent) => {
    if (e.key !== 'Enter') return;
    e.preventDefault();
    void find();
  };
  const error = props.error ?? problem;
  return (
    <fieldset className="field search-picker">
      <legend>{props.label}</legend>
      <p className="search-picker__chosen">
        {props.chosen ?? props.noneLabel}
        {props.chosen && (
          <button type="button" className="btn btn--secondary" onClick={() => props.onChoose('')}>
            Clear {props.label.toLowerCase()}
          </button>
        )}
      </p>
      <div className="search-picker__row">
        <label htmlFor={id} className="visually-hidden">
          {props.findLabel}
        </label>
        <input
          id={id}
          type="search"
          autoComplete="off"
          value={text}
          placeholder={props.hint}
          aria-invalid={error ? true : undefined}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={enter}
        />
        <button type="button" className="btn btn--secondary" onClick={() => void find()}>
          Find
        </button>
      </div>
      {matches && (
        <ul className="search-picker__matches" aria-live="polite">
          {matches.length === 0 && (
            <li>Nothing matches “{text}”: try fewer letters, or check the spelling.</li>
          )}
          {matches.map((m) => (
            <li key={m.value}>
              <button
                type="button"
                className="btn btn--secondary"
                onClick={() => {
                  props.onChoose(m.value);
                  setMatches(null);
                  setText('');
                }}
              >
                {m.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && <span className="field__error">{error}</span>}
    </fieldset>
  );
}

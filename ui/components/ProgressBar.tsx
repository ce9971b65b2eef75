import { useId } from 'react';

/** A labelled progress bar; without a value it shows work going on of unknown length. */
export function ProgressBar(props: { label: string; value: number | null }) {
  const id = useId();
  const percent = props.value === null ? null : Math.round(props.value * 100);
  return (
    <div className="progress">
      <label htmlFor={id} className="progress__label">
        {props.label}
        {percent !== null && <span className="progress__percent"> {percent}%</span>}
      </label>
      {percent === null ? <progress id={id} /> : <progress id={id} max={100} value={percent} />}
    </div>
  );
}

import { Field, type FieldProps } from '../../../../ui/components/Field.js';

type Common = FieldProps & { error?: string | undefined };

/** A labelled text, date or long-text field with its problem, if any, right under it. */
export function TextField(
  props: Common & {
    value: string;
    onChange: (value: string) => void;
    type?: 'text' | 'textarea';
    inputMode?: 'text' | 'decimal';
    prefix?: string;
  },
) {
  return (
    <Field
      {...props}
      control={(tie) =>
        props.type === 'textarea' ? (
          <textarea
            {...tie}
            value={props.value}
            rows={3}
            onChange={(e) => props.onChange(e.currentTarget.value)}
          />
        ) : (
          <span className="field__control">
            {props.prefix && (
              <span className="field__prefix" aria-hidden="true">
                {props.prefix}
              </span>
            )}
            <input
              {...tie}
              value={props.value}
              type={props.type ?? 'text'}
              inputMode={props.inputMode}
              autoComplete="off"
              onChange={(e) => props.onChange(e.currentTarget.value)}
            />
          </span>
        )
      }
    />
  );
}

/** A yes/no setting as a large tick box with its explanation. */
export function CheckField(props: Common & { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="field">
      <label className="choice">
        <input
          type="checkbox"
          checked={props.checked}
          onChange={(e) => props.onChange(e.currentTarget.checked)}
        />
        <span>
          <strong>{props.label}</strong>
          {props.hint && <span className="choice__hint">{props.hint}</span>}
        </span>
      </label>
      {props.error && <span className="field__error">{props.error}</span>}
    </div>
  );
}

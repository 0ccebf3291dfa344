import type { CSSProperties, ReactNode } from 'react';
import { useId } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: ReactNode;
  hint?: ReactNode;
  lang?: string;
}

interface ChoiceGroupProps<T extends string> {
  legend: ReactNode;
  description?: ReactNode;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  /**
   * Side by side where there is room (short labels), else stacked; 'lead-row' puts the first choice (e.g. "Same as
   * the interface") on a line of its own above the others in a row.
   */
  layout?: 'row' | 'lead-row' | 'stack';
}

/** A labelled group of radio buttons, each option a large target; arrow keys move within the group. */
export function ChoiceGroup<T extends string>({ legend, description, value, choices, onChange, layout = 'stack' }: ChoiceGroupProps<T>) {
  const name = useId();
  const descriptionId = `${name}-description`;
  return (
    <fieldset
      className={`choice-group choice-group--${layout === 'lead-row' ? 'row choice-group--lead' : layout}`}
      aria-describedby={description ? descriptionId : undefined}
    >
      <legend>{legend}</legend>
      {description ? (
        <p id={descriptionId} className="choice-group__description">
          {description}
        </p>
      ) : null}
      <div
        className={layout === 'stack' ? 'choice-group__options' : 'choice-group__options choice-columns'}
        style={
          layout === 'stack' ? undefined : ({ '--count': choices.length - (layout === 'lead-row' ? 1 : 0) } as CSSProperties)
        }
      >
        {choices.map((choice) => (
          <label key={choice.value} className="choice">
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
            />
            <span className="choice__text">
              <span className="choice__label" lang={choice.lang}>
                {choice.label}
              </span>
              {choice.hint ? <span className="choice__hint">{choice.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

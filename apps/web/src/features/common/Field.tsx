import { useId, type ReactNode } from 'react';

export interface FieldProps {
  label: string;
  /** Text under the label (what is expected). */
  hint?: string;
  /** The problem to show, from the API or the form. */
  problem?: string;
  children: (control: { id: string; 'aria-describedby'?: string; 'aria-invalid'?: true }) => ReactNode;
}

/**
 * A labelled form control with its hint and its problem, tied together for assistive technology
 * (aria-describedby, aria-invalid).
 */
export function Field({ label, hint, problem, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const problemId = problem ? `${id}-problem` : undefined;
  const describedBy = [hintId, problemId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={problem ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, ...(problem ? { 'aria-invalid': true as const } : {}) })}
      {problem && (
        <p className="problem" id={problemId}>
          {problem}
        </p>
      )}
    </div>
  );
}

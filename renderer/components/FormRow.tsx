import type { ReactNode } from 'react';

/** One row of a dialog's form: the label, for the control (by id) that follows it. */
export function FormRow({ htmlFor, label, children }: { readonly htmlFor: string; readonly label: ReactNode; readonly children: ReactNode }) {
  return (
    <div className="form__row">
      <label className="form__label" htmlFor={htmlFor}>
        {label}
      </label>
      {children}
    </div>
  );
}

/** Why a dialog's form could not be submitted, announced as an alert; nothing when there is no problem. */
export function FormProblem({ problem }: { readonly problem: string | null }) {
  return problem !== null ? (
    <p className="form__warning" role="alert">
      {problem}
    </p>
  ) : null;
}

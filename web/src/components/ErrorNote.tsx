/** An error said in words, announced to screen readers as it appears. */
export function ErrorNote({ message, id }: { message: string | null; id?: string }) {
  if (!message) return null;
  return (
    <p className="error-note" role="alert" id={id}>
      <span className="error-note__label">Problem: </span>
      {message}
    </p>
  );
}

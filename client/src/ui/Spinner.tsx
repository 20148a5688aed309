import "./ui.css";

/** A small busy indicator; pass `label` when nothing else on screen says what is loading. */
export function Spinner({ label, size = 18 }: { label?: string; size?: number }) {
  return (
    <span className="spinner" style={{ width: size, height: size }} role={label ? "status" : undefined} aria-label={label} aria-hidden={label ? undefined : true} />
  );
}

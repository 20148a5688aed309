import "../ui/reportLayout.css";

/** Placeholder lines while a document loads, with the loading message for screen readers. */
export function EditorSkeleton({ label }: { label: string }) {
  return (
    <div className="report__loading" aria-busy="true">
      <span className="visually-hidden" role="status">
        {label}
      </span>
      <div className="skeleton skeleton--title" />
      <div className="skeleton skeleton--line" />
      <div className="skeleton skeleton--line" />
      <div className="skeleton skeleton--line skeleton--short" />
    </div>
  );
}

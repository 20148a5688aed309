import { useId, type ReactNode } from "react";
import "./panel.css";

/** A panel of a page (the `.panel` styles): a section named by its heading, then its body. */
export function Panel({ title, className, children }: { title: ReactNode; className?: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className={className ? `panel ${className}` : "panel"} aria-labelledby={headingId}>
      <header className="panel__header">
        <h2 className="panel__title" id={headingId}>
          {title}
        </h2>
      </header>
      <div className="panel__body">{children}</div>
    </section>
  );
}

import type { ReactNode } from "react";
import "./layout.css";
import "./statusBar.css";

type StatusBarProps = {
  /** The bar's accessible name. */
  label: string;
  /** Where the document stands: its badge, when it moved, links to its history. */
  status: ReactNode;
  /** The next steps (StatusSteps), for those who may take them. */
  steps: ReactNode;
  /** Notices below the bar. */
  children?: ReactNode;
  className?: string;
};

/** The status bar above a report or a paper. */
export function StatusBar({ label, status, steps, children, className }: StatusBarProps) {
  return (
    <div className={className ? `workflow stack ${className}` : "workflow stack"}>
      <div className="workflow__bar cluster surface-box" role="group" aria-label={label}>
        <div className="workflow__status cluster">{status}</div>
        {steps}
      </div>
      {children}
    </div>
  );
}

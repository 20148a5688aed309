import type { ReactNode } from "react";
import { AlertIcon, CheckIcon, InfoIcon } from "./icons.tsx";
import "./ui.css";

type AlertProps = {
  tone: "error" | "info" | "success" | "warning";
  title?: string;
  children?: ReactNode;
  action?: ReactNode;
  /** `alert` interrupts (errors just caused by the user); `status` waits; none for static notes. */
  live?: "alert" | "status" | "none";
  icon?: ReactNode;
};

/** A tinted message box for errors, notices and confirmations. */
export function Alert({ tone, title, children, action, live = tone === "error" ? "alert" : "none", icon }: AlertProps) {
  const role = live === "none" ? undefined : live;
  const glyph = icon ?? (tone === "error" || tone === "warning" ? <AlertIcon /> : tone === "success" ? <CheckIcon /> : <InfoIcon />);
  return (
    <div className={`alert alert--${tone}`} role={role}>
      <span className="alert__icon">{glyph}</span>
      <div className="alert__body">
        {title ? <p className="alert__title">{title}</p> : null}
        {children ? <div className="alert__text">{children}</div> : null}
      </div>
      {action ? <div className="alert__action">{action}</div> : null}
    </div>
  );
}

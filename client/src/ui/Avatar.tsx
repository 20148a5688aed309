import { initials, readableTextOn, userColor } from "./color.ts";
import "./ui.css";

type AvatarProps = {
  name: string;
  color: string;
  /** Accessible name; the avatar is decorative when omitted (a visible name sits next to it). */
  label?: string;
  size?: "sm" | "md" | "lg";
  /** Marks the signed-in user with a ring. */
  highlight?: boolean;
};

/** A person's initials on their colour, which is also their caret colour in the editor. */
export function Avatar({ name, color, label, size = "md", highlight = false }: AvatarProps) {
  const background = userColor(color);
  const className = `avatar avatar--${size}${highlight ? " avatar--highlight" : ""}`;
  const style = { backgroundColor: background, color: readableTextOn(background) };
  if (!label) {
    return (
      <span className={className} style={style} aria-hidden="true">
        {initials(name)}
      </span>
    );
  }
  return (
    <span className={className} style={style} role="img" aria-label={label} title={label}>
      <span aria-hidden="true">{initials(name)}</span>
    </span>
  );
}

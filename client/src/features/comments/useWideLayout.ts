import { useEffect, useState } from "react";

/** The width from which comments sit in a margin beside the text (keep in step with comments.css). */
export const MARGIN_MEDIA_QUERY = "(min-width: 1200px)";
/** A change must last this long to count: a passing one (e.g. a print preview) must not unmount a draft. */
const SETTLE_MS = 250;

const matches = () => typeof window === "undefined" || window.matchMedia(MARGIN_MEDIA_QUERY).matches;

/** Whether the screen is wide enough for the comment margin (else threads show in the list only). */
export function useWideLayout(): boolean {
  const [wide, setWide] = useState(matches);
  useEffect(() => {
    const query = window.matchMedia(MARGIN_MEDIA_QUERY);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onChange = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setWide(matches()), SETTLE_MS);
    };
    query.addEventListener("change", onChange);
    return () => {
      clearTimeout(timer);
      query.removeEventListener("change", onChange);
    };
  }, []);
  return wide;
}

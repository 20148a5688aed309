import { useLayoutEffect, type RefObject } from "react";

/**
 * Marks each child of a wrapping flex row that begins a new line with `data-line-start`, so
 * that a separator drawn before an item can be left out where the item starts a line (a
 * toolbar that wraps on a narrow column would otherwise open its second row with a stray bar).
 */
export function useLineStarts(container: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = container.current;
    if (!element) return;
    const mark = () => {
      let previousTop: number | null = null;
      for (const child of Array.from(element.children) as HTMLElement[]) {
        const top = child.offsetTop;
        const startsLine = previousTop !== null && top > previousTop;
        if (startsLine) child.dataset.lineStart = "";
        else delete child.dataset.lineStart;
        previousTop = top;
      }
    };
    mark();
    const observer = new ResizeObserver(mark);
    observer.observe(element);
    return () => observer.disconnect();
  }, [container]);
}

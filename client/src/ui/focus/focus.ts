/**
 * Moving focus where the user's attention goes after something changed the page: the heading
 * of a page or section that opened, the card that moved, the comment just posted. Never leave
 * keyboard and screen-reader users on <body> after the element they used went away.
 */

/** True when focus is nowhere useful: on <body>, on nothing, or on an element no longer in the page. */
export function focusIsLost(doc: Document = document): boolean {
  const active = doc.activeElement;
  return active === null || active === doc.body || active === doc.documentElement || !active.isConnected;
}

/** Focuses `element`, making it focusable from script (tabindex -1) if it is not already. */
export function focusElement(element: HTMLElement, options: FocusOptions = {}): void {
  if (element.tabIndex < 0 && !element.hasAttribute("tabindex")) element.setAttribute("tabindex", "-1");
  element.focus(options);
}

function visible(element: HTMLElement): boolean {
  return element.getClientRects().length > 0;
}

export type FocusWhenReadyOptions = {
  /** Give up after this long (the element never came). */
  timeout?: number;
  /** Only move focus if it is lost by then (do not take it from where the user has put it). */
  onlyIfLost?: boolean;
  root?: ParentNode;
};

/**
 * Focuses the first visible element matching `selector` as soon as it is in the page (it may
 * arrive with the next render, or with the server's echo of a change). Returns a cancel function.
 */
export function focusWhenReady(selector: string, { timeout = 5000, onlyIfLost = false, root = document }: FocusWhenReadyOptions = {}): () => void {
  let done = false;
  const attempt = (): boolean => {
    if (done) return true;
    const target = Array.from(root.querySelectorAll<HTMLElement>(selector)).find(visible);
    if (!target) return false;
    done = true;
    if (!onlyIfLost || focusIsLost() || document.activeElement === target) focusElement(target);
    return true;
  };
  if (attempt()) return () => {};
  const observer = new MutationObserver(() => {
    if (attempt()) stop();
  });
  const timer = setTimeout(() => stop(), timeout);
  const stop = () => {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["class", "hidden", "style", "open"] });
  return stop;
}

/**
 * Call just before a dialog opens: remembers what had focus. The returned function, called once
 * the dialog has closed, leaves focus where the browser or the code put it, else puts it back on
 * the opener — or, when the opener went away meanwhile (a deleted or moved card), on the heading
 * of the nearest container that is still there.
 */
export function rememberFocus(): () => void {
  const opener = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  const openerId = opener?.id ?? "";
  const ancestors: HTMLElement[] = [];
  for (let element = opener?.parentElement ?? null; element && element !== document.body; element = element.parentElement) ancestors.push(element);
  return () => {
    if (!focusIsLost() && !document.activeElement?.closest("dialog:not([open])")) return;
    if (opener?.isConnected) {
      opener.focus();
      return;
    }
    const again = openerId ? document.getElementById(openerId) : null;
    if (again) {
      focusElement(again);
      return;
    }
    const container = ancestors.find((element) => element.isConnected && visible(element));
    const main = document.getElementById("main");
    const target = container ?? main;
    if (!target) return;
    focusElement(target.querySelector<HTMLElement>("h1, h2, h3, h4, h5, h6") ?? target);
  };
}

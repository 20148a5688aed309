export { focusElement, focusIsLost, focusWhenReady, rememberFocus, type FocusWhenReadyOptions } from "./focus.ts";

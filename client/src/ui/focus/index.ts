export { focusWhenReady, rememberFocus } from "./focus.ts";

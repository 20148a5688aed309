export { focusWhenReady, rememberFocus } from "./focus.ts";
export { useFocusBack } from "./useFocusBack.ts";

// The public entry of wrapUp/: the daily wrap-up on the overview.
export { WrapUpPanel } from "./WrapUpPanel.tsx";

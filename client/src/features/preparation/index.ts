// The public entry of preparation/: the Preparation tab of a review (loaded on demand).
export { PreparationTab } from "./PreparationTab.tsx";

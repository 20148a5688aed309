// The public entry of overview/: the Overview tab of a review.
export { OverviewTab } from "./OverviewTab.tsx";

// The public entry of board/: the Board tab of a review (loaded on demand).
export { BoardPage } from "./BoardPage.tsx";

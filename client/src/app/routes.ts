import { buildPath, compileRoute } from "./router.ts";

/** Every page of the app; the server answers any of these paths with index.html. */
export const ROUTES = [
  compileRoute("reviews", "/"),
  compileRoute("review", "/reviews/:reviewId"),
  compileRoute("signIn", "/sign-in"),
  compileRoute("register", "/register"),
] as const;

export type RouteName = (typeof ROUTES)[number]["name"];

export const paths = {
  reviews: () => "/",
  review: (reviewId: string) => buildPath("/reviews/:reviewId", { reviewId }),
  signIn: (next?: string) => (next && next !== "/" ? `/sign-in?next=${encodeURIComponent(next)}` : "/sign-in"),
  register: (next?: string) => (next && next !== "/" ? `/register?next=${encodeURIComponent(next)}` : "/register"),
};

import { buildPgliteTemplate } from "./pgliteTemplate.ts";

/** Runs once before any test worker starts; the returned function runs after the last one. */
export default function setup(): Promise<() => Promise<void>> {
  return buildPgliteTemplate();
}

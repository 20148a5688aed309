import { z } from "zod";

/**
 * How far a project matches one critical factor. The toolkit names the three levels but
 * does not define them further: during a visit peers "look at how far the project meets the
 * critical factors (whether these are wholly or partly matched or not matched)". An unset
 * rating is modelled by the caller (e.g. `ratingSchema.nullable()`), not as a fourth level.
 */
export const ratingSchema = z.enum(["wholly", "partly", "not"]);
export type Rating = z.infer<typeof ratingSchema>;
export const RATINGS = ratingSchema.options;

/** Display labels, in the toolkit's wording. */
export const RATING_LABELS = {
  wholly: "Wholly matched",
  partly: "Partly matched",
  not: "Not matched",
} as const satisfies Record<Rating, string>;

/** The toolkit's only description of the scale (section 2, "Stages of a peer review visit"). */
export const RATING_SCALE_SOURCE =
  "The peers conclude each day discussing their evidence which is gathered together on flipcharts, and look at how far the project meets the critical factors (whether these are wholly or partly matched or not matched).";

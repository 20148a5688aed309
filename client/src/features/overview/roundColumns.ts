import { ratingChange, type Rating, type RoundProject, type RoundReview } from "@review/shared";

/** One column of the rounds table: a round, or with several host projects a round's project. */
export type RoundColumn = {
  key: string;
  round: RoundReview;
  /** Null while the review has one host project: the column is the round's. */
  project: RoundProject | null;
  /** Factor id → team rating; undefined when the project was not part of that round. */
  ratings: Readonly<Record<string, Rating>> | undefined;
  /** The same project's ratings in the round before (what a change is measured against). */
  previous: Readonly<Record<string, Rating>> | undefined;
};

/**
 * The rounds table's columns, round by round: one per round while the review has one host
 * project, else one per round and project (each project followed through the rounds as the
 * server matched it, the score card's rule).
 */
export function roundColumns(rounds: readonly RoundReview[], projects: readonly RoundProject[]): RoundColumn[] {
  if (projects.length <= 1) {
    return rounds.map((round, index) => ({ key: round.id, round, project: null, ratings: round.teamRatings, previous: rounds[index - 1]?.teamRatings }));
  }
  return rounds.flatMap((round, index) =>
    projects.map((project) => {
      const before = rounds[index - 1];
      return { key: `${round.id}/${project.id}`, round, project, ratings: project.ratings[round.id], previous: before ? project.ratings[before.id] : undefined };
    }),
  );
}

/** How a factor's rating in a column moved since the round before; null in the first round or without both. */
export const columnChange = (column: RoundColumn, factorId: string) => ratingChange(column.previous?.[factorId], column.ratings?.[factorId]);

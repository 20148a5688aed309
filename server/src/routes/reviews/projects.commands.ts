import { MAX_HOST_PROJECTS, mayRecordTeamRating, type HostProjectsResponse } from "@review/shared";
import type { RoomRegistry } from "../../collab/roomRegistry.ts";
import { forbidden, notFound, refusal } from "../../errors/apiError.ts";
import { newId } from "../../ids.ts";
import { syncRatingsDocument } from "../../ratings/ratingsDocument.ts";
import type { FollowUpStore, ProjectStore, RatingStore, ReviewStore, WrapUpStore } from "../../store/store.ts";

type ProjectDeps = { store: FollowUpStore & ProjectStore & RatingStore & ReviewStore & WrapUpStore; rooms: RoomRegistry };

async function roleIn(store: ReviewStore, actorId: string, reviewId: string) {
  const role = await store.findMembership(reviewId, actorId);
  if (!role) throw notFound("review_not_found");
  return role;
}

async function requireProjectModerator(store: ReviewStore, actorId: string, reviewId: string): Promise<void> {
  // Who may manage projects is who records their ratings: the review's moderators.
  if (!mayRecordTeamRating(await roleIn(store, actorId, reviewId))) throw forbidden("moderator_manages_projects");
}

async function answer(deps: ProjectDeps, reviewId: string, canManage: boolean): Promise<HostProjectsResponse> {
  const projects = await deps.store.listProjects(reviewId);
  return { projects: projects.map(({ id, name, position }) => ({ id, name, position })), canManage };
}

/** The review's host projects, first first (every member). */
export async function listProjects(deps: ProjectDeps, actorId: string, reviewId: string): Promise<HostProjectsResponse> {
  return answer(deps, reviewId, mayRecordTeamRating(await roleIn(deps.store, actorId, reviewId)));
}

/** Adds a host project (moderators); at most `MAX_HOST_PROJECTS`, names unique in the review (case ignored). */
export async function addProject(deps: ProjectDeps, actorId: string, reviewId: string, name: string): Promise<HostProjectsResponse> {
  await requireProjectModerator(deps.store, actorId, reviewId);
  const outcome = await deps.store.addProject({ reviewId, id: newId(), name, max: MAX_HOST_PROJECTS });
  if (outcome.status === "too_many") throw refusal("conflict", "too_many_projects", { max: MAX_HOST_PROJECTS });
  if (outcome.status === "name_taken") throw refusal("conflict", "project_name_taken");
  await syncRatingsDocument(deps, reviewId);
  return answer(deps, reviewId, true);
}

/** Renames a host project (moderators); the first one's name is also the review's host project. */
export async function renameProject(deps: ProjectDeps, actorId: string, reviewId: string, projectId: string, name: string): Promise<HostProjectsResponse> {
  await requireProjectModerator(deps.store, actorId, reviewId);
  const outcome = await deps.store.renameProject(reviewId, projectId, name);
  if (outcome === "not_found") throw notFound("project_not_found");
  if (outcome === "name_taken") throw refusal("conflict", "project_name_taken");
  await syncRatingsDocument(deps, reviewId);
  return answer(deps, reviewId, true);
}

/**
 * Removes a host project (moderators). The first stays (409 `first_project_stays`), and so does
 * one with team ratings (409 `project_has_ratings`): ratings are the team's judgement, so they
 * are withdrawn one by one, on purpose, never as a side effect.
 */
export async function removeProject(deps: ProjectDeps, actorId: string, reviewId: string, projectId: string): Promise<HostProjectsResponse> {
  await requireProjectModerator(deps.store, actorId, reviewId);
  const outcome = await deps.store.removeProject(reviewId, projectId);
  if (outcome === "not_found") throw notFound("project_not_found");
  if (outcome === "first") throw refusal("conflict", "first_project_stays");
  if (outcome === "rated") throw refusal("conflict", "project_has_ratings");
  await syncRatingsDocument(deps, reviewId);
  return answer(deps, reviewId, true);
}

import { IMPART_BENCHMARK, MAX_HOST_PROJECTS, paperDocumentName, reviewDocumentName, type ReviewRole } from "@review/shared";
import { hashPassword } from "../auth/passwords.ts";
import { colorForIndex } from "../auth/colors.ts";
import { newId } from "../ids.ts";
import type { DocumentLogStore, FollowUpStore, PaperStore, ParticipantNameStore, ProjectStore, RatingStore, ReviewStore, RoundStore, UserRecord, UserStore, VersionStore, WrapUpStore } from "../store/store.ts";
import { demoBoard, demoSelfUpdate } from "./demoBoard.ts";
import { DEMO_PAPER, DEMO_PAPER_ADDRESSEES, demoPaperUpdate } from "./demoPaper.ts";
import { contentFingerprint, versionDoc } from "../versions/documentSnapshot.ts";
import { DEMO_ADDRESSEES, demoReportEarlyDraftUpdate, demoReportUpdate } from "./demoReport.ts";
import { DEMO_REVIEWS, type DemoFinalReport, type DemoReview } from "./demoReviews.ts";
import { demoProgrammeUpdate } from "./demoProgramme/update.ts";
import { AOIFE, ELENA, FIONA, INGRID, JONAS, KATRIN, LUCA, MARTA, PIETER, STEFAN, TOMAS } from "./demoPeople.ts";

/** The stores the demo writes into. */
type SeedStore = DocumentLogStore & FollowUpStore & PaperStore & ParticipantNameStore & ProjectStore & RatingStore & ReviewStore & RoundStore & UserStore & VersionStore & WrapUpStore;

export const DEMO_PASSWORD = "impart-demo-2026";

export const DEMO_ACCOUNTS: { email: string; name: string; role: ReviewRole }[] = [
  { email: ELENA, name: "Elena Ruiz", role: "moderator" },
  { email: JONAS, name: "Jonas Berg", role: "peer" },
  { email: AOIFE, name: "Aoife Byrne", role: "host" },
  { email: LUCA, name: "Luca Bianchi", role: "partner" },
  // The other peers of the review teams (each team has three to five).
  { email: MARTA, name: "Marta Kowalska", role: "peer" },
  { email: PIETER, name: "Pieter Claes", role: "peer" },
  { email: FIONA, name: "Fiona MacLeod", role: "peer" },
  { email: KATRIN, name: "Katrin Tamm", role: "peer" },
  { email: TOMAS, name: "Tomás Navarro", role: "peer" },
  { email: INGRID, name: "Ingrid Lindqvist", role: "peer" },
  { email: STEFAN, name: "Stefan Hofmann", role: "peer" },
];

/** When the demo evidence was gathered (fixed, so the seed writes the same data every time). */
const SEEDED_AT = "2026-05-21T16:00:00.000Z";

/**
 * Seeds a demo network into an empty database: the demo accounts, three reviews across the
 * three IMPART themes (boards with evidence and team ratings, some self-assessment, the
 * first with a started report) and one policy paper linked to factors. Does nothing once
 * any account exists, so a restart never duplicates it and it never touches real data.
 */
export async function seedDemo(store: SeedStore): Promise<{ seeded: boolean }> {
  if ((await store.countUsers()) > 0) return { seeded: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = new Map<string, UserRecord>();
  for (const [index, account] of DEMO_ACCOUNTS.entries()) {
    users.set(account.email, await store.createUser({ id: newId(), email: account.email, name: account.name, color: colorForIndex(index), passwordHash }));
  }
  const moderator = users.get(DEMO_ACCOUNTS[0]!.email)!;
  const reviewIds = new Map<string, string>();
  for (const [index, plan] of DEMO_REVIEWS.entries()) {
    const reviewId = await seedReview(store, plan, moderator, users);
    reviewIds.set(plan.title, reviewId);
    if (index === 0) await seedReport(store, reviewId, users.get(DEMO_ACCOUNTS[1]!.email)!);
    if (plan.finalReport) await seedFinalReport(store, reviewId, plan.finalReport, moderator, users.get(DEMO_ACCOUNTS[1]!.email)!);
  }
  for (const plan of DEMO_REVIEWS) {
    const earlier = plan.follows ? reviewIds.get(plan.follows) : undefined;
    if (earlier) await store.setReviewFollows(reviewIds.get(plan.title)!, earlier);
  }
  const paper = await store.createPaper({ id: newId(), title: DEMO_PAPER.title, summary: DEMO_PAPER.summary, createdBy: moderator.id });
  await store.appendUpdates(paperDocumentName(paper.id), [demoPaperUpdate()]);
  for (const [recommendationId, addressees] of DEMO_PAPER_ADDRESSEES) {
    await store.setRecommendationAddressees({ owner: { kind: "paper", id: paper.id }, recommendationId, addressees, actorId: moderator.id, at: new Date() });
  }
  return { seeded: true };
}

/** The first review's draft report, with the team's earlier notes as a named version in its history. */
async function seedReport(store: SeedStore, reviewId: string, peer: UserRecord): Promise<void> {
  const docName = reviewDocumentName(reviewId, "report");
  const early = demoReportEarlyDraftUpdate();
  const earlyDoc = versionDoc(early);
  const fingerprint = contentFingerprint(earlyDoc);
  earlyDoc.destroy();
  await store.noteDocumentWriter(docName, peer.id);
  await store.insertVersion({
    id: newId(),
    docName,
    kind: "named",
    label: "Notes after day 2",
    createdBy: peer.id,
    data: early,
    fingerprint,
    restoredFrom: null,
    onlyIfChanged: false,
    empty: false,
  });
  await store.appendUpdates(docName, [demoReportUpdate()]);
  // The team has already named who each recommendation is for (the ratings mirror is rebuilt on first connection).
  for (const [recommendationId, addressees] of DEMO_ADDRESSEES) {
    await store.setRecommendationAddressees({ owner: { kind: "review", id: reviewId }, recommendationId, addressees, actorId: peer.id, at: new Date() });
  }
}

/** A report the team finished (the first round's): its text, made final through host review, then followed up. */
async function seedFinalReport(store: SeedStore, reviewId: string, report: DemoFinalReport, moderator: UserRecord, peer: UserRecord): Promise<void> {
  const docName = reviewDocumentName(reviewId, "report");
  await store.noteDocumentWriter(docName, peer.id);
  await store.appendUpdates(docName, [report.update()]);
  const owner = { kind: "review", id: reviewId } as const;
  const [first] = report.statusChanges;
  for (const [recommendationId, addressees] of report.addressees) {
    await store.setRecommendationAddressees({ owner, recommendationId, addressees, actorId: peer.id, at: new Date(first?.at ?? SEEDED_AT) });
  }
  for (const change of report.statusChanges) {
    await store.changeReportStatus({ reviewId, from: change.from, to: change.to, actorId: moderator.id, at: new Date(change.at) });
  }
  for (const followUp of report.followUps) {
    const { recommendationId, status, note, at } = followUp;
    await store.addFollowUpNote({ id: newId(), owner, recommendationId, status, note, createdBy: moderator.id, createdAt: new Date(at) });
  }
}

async function seedReview(store: SeedStore, plan: DemoReview, moderator: UserRecord, users: Map<string, UserRecord>): Promise<string> {
  const review = await store.createReview({
    id: newId(),
    title: plan.title,
    hostProject: plan.hostProject,
    createdBy: moderator.id,
    benchmarkId: IMPART_BENCHMARK.id,
    benchmarkVersion: IMPART_BENCHMARK.version,
    modules: [plan.module],
    country: plan.country,
    themeModuleId: plan.module,
    visitStart: plan.visitStart,
    visitEnd: plan.visitEnd,
  });
  const peers = new Map<string, string>();
  let hostId: string | null = null;
  for (const [email, role] of Object.entries(plan.roles)) {
    const user = users.get(email);
    if (!user) continue;
    await store.upsertMember(review.id, user.id, role);
    if (role === "peer") peers.set(email, user.id);
    if (role === "host") hostId = user.id;
  }
  const writer = { peers, moderatorId: moderator.id, hostId, at: SEEDED_AT };
  const board = demoBoard(IMPART_BENCHMARK, plan, writer);
  await store.appendUpdates(reviewDocumentName(review.id, "board"), [board.update]);
  const ratedAt = new Date(SEEDED_AT);
  for (const team of board.teamRatings) {
    await store.saveTeamRating({ reviewId: review.id, projectId: review.id, ...team, ratedBy: moderator.id, ratedAt });
    // The team voted before the moderator recorded the rating: the peers agreed.
    for (const userId of [moderator.id, ...peers.values()]) await store.saveVote({ reviewId: review.id, factorId: team.factorId, userId, rating: team.rating });
  }
  for (const project of board.moreProjects) {
    const added = await store.addProject({ reviewId: review.id, id: newId(), name: project.name, max: MAX_HOST_PROJECTS });
    if (added.status !== "added") throw new Error(`Demo project "${project.name}" was not added: ${added.status}`);
    for (const team of project.teamRatings) await store.saveTeamRating({ reviewId: review.id, projectId: added.project.id, ...team, ratedBy: moderator.id, ratedAt });
  }
  if (plan.programme) {
    const programme = demoProgrammeUpdate(plan.programme);
    await store.appendUpdates(reviewDocumentName(review.id, "programme"), [programme.update]);
    for (const [personId, name] of programme.realNames) await store.setParticipantName(review.id, personId, name, moderator.id);
  }
  if (plan.wrapUp) {
    for (const entry of plan.wrapUp.provisional) await store.saveProvisionalRating(review.id, { ...entry, recordedBy: moderator.id });
    await store.saveVisitFeedback(review.id, { ...plan.wrapUp.feedback, recordedBy: moderator.id });
  }
  const self = demoSelfUpdate(plan, writer);
  if (self) {
    await store.appendUpdates(reviewDocumentName(review.id, "self"), [self]);
    await store.replaceSelfRatings(review.id, new Map(Object.entries(plan.self)));
  }
  return review.id;
}

import { z } from "zod";
import type * as Y from "yjs";
import { newCardId } from "../board/cards.ts";

/**
 * The peers' questions to the host before the visit, and the host's answers. Permissions hold
 * by construction: the questions live in `review:<id>:questions` (written by peers and
 * moderators over the socket, read by hosts and partners), the answers in the host's
 * `review:<id>:brief` (written by hosts and moderators), so a host cannot ask and a peer
 * cannot answer. Entries are plain values validated on read; an invalid one is skipped.
 */
export const QUESTIONS_ROOT = "questions";
export const ANSWERS_ROOT = "answers";
export const QUESTION_MAX_LENGTH = 2000;

const text = z.string().trim().min(1).max(QUESTION_MAX_LENGTH);

export const preparationQuestionSchema = z.strictObject({
  factorId: z.string().min(1).max(100),
  question: text,
  /** The evidence the peer wants to see (may be empty). */
  evidenceWanted: z.string().trim().max(QUESTION_MAX_LENGTH),
  askedBy: z.string().min(1).max(100),
  askedByName: z.string().min(1).max(200),
  askedAt: z.string(),
});
export type PreparationQuestion = z.infer<typeof preparationQuestionSchema> & { id: string };

export const preparationAnswerSchema = z.strictObject({ text, answeredBy: z.string().min(1).max(100), answeredAt: z.string() });
export type PreparationAnswer = z.infer<typeof preparationAnswerSchema>;

/** Adds a question (in the questions document); answers its id. Throws on invalid input. */
export function addPreparationQuestion(doc: Y.Doc, input: Omit<PreparationQuestion, "id" | "askedAt">, now = new Date()): string {
  const entry = preparationQuestionSchema.parse({ ...input, askedAt: now.toISOString() });
  const id = newCardId();
  doc.getMap(QUESTIONS_ROOT).set(id, entry);
  return id;
}

/** The valid questions, oldest first. */
export function readPreparationQuestions(doc: Y.Doc): PreparationQuestion[] {
  const questions: PreparationQuestion[] = [];
  doc.getMap(QUESTIONS_ROOT).forEach((value, id) => {
    const parsed = preparationQuestionSchema.safeParse(value);
    if (parsed.success) questions.push({ ...parsed.data, id });
  });
  return questions.sort((a, b) => a.askedAt.localeCompare(b.askedAt) || a.id.localeCompare(b.id));
}

/** Sets the host's answer to a question (in the brief document). Throws on invalid input. */
export function setPreparationAnswer(briefDoc: Y.Doc, questionId: string, answer: { text: string; answeredBy: string }, now = new Date()): void {
  briefDoc.getMap(ANSWERS_ROOT).set(questionId, preparationAnswerSchema.parse({ ...answer, answeredAt: now.toISOString() }));
}

/** The valid answer to one question, or null. */
export function readPreparationAnswer(briefDoc: Y.Doc, questionId: string): PreparationAnswer | null {
  const parsed = preparationAnswerSchema.safeParse(briefDoc.getMap(ANSWERS_ROOT).get(questionId));
  return parsed.success ? parsed.data : null;
}

/** Every valid answer, by question id. */
export function readPreparationAnswers(briefDoc: Y.Doc): ReadonlyMap<string, PreparationAnswer> {
  const answers = new Map<string, PreparationAnswer>();
  briefDoc.getMap(ANSWERS_ROOT).forEach((_value, id) => {
    const answer = readPreparationAnswer(briefDoc, id);
    if (answer) answers.set(id, answer);
  });
  return answers;
}

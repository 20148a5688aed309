import { useId, useMemo, useState, type FormEvent } from "react";
import type * as Y from "yjs";
import {
  QUESTION_MAX_LENGTH,
  addPreparationQuestion,
  readPreparationAnswers,
  readPreparationQuestions,
  setPreparationAnswer,
  type Factor,
  type PreparationAnswer,
  type PreparationQuestion,
  type ReviewDetail,
} from "@review/shared";
import { scopeBenchmark } from "../../app/benchmarkScope.ts";
import { useBenchmark } from "../../app/useBenchmark.ts";
import { createDocReader } from "../../collab/docReader.ts";
import type { DocumentSession } from "../../collab/useDocumentSession.ts";
import { useReviewDocumentSession } from "../../collab/useReviewDocumentSession.ts";
import { useT } from "../../i18n/I18nProvider.tsx";

const useQuestions = createDocReader<PreparationQuestion[]>(readPreparationQuestions, []);
const useAnswers = createDocReader<ReadonlyMap<string, PreparationAnswer>>(readPreparationAnswers, new Map());

/**
 * The peers' questions and the evidence they want to see, per critical factor, with the host's
 * answers: peers and moderators ask (the questions document), the host answers (the brief).
 */
export function PreparationQuestions({ review, brief }: { review: ReviewDetail; brief: DocumentSession }) {
  const t = useT();
  const questionsSession = useReviewDocumentSession(review, "questions", (doc) => readPreparationQuestions(doc).length > 0);
  const questions = useQuestions(questionsSession.session?.doc ?? null);
  const answers = useAnswers(brief.session?.doc ?? null);
  const { state } = useBenchmark(review.benchmark?.id ?? null, review.benchmark?.version);
  // Only the modules the review covers: the core and its theme modules.
  const factors = useMemo(
    () => (state.status === "loaded" ? scopeBenchmark(state.benchmark, review.modules).factors.map((factor) => ({ factor, moduleName: factor.module.name })) : []),
    [state, review.modules],
  );

  return (
    <section className="preparation__part" aria-labelledby="preparation-questions">
      <h3 id="preparation-questions">{t("preparation.questions.title")}</h3>
      <p>{t(questionsSession.canWrite ? "preparation.questions.introAsker" : "preparation.questions.introReader")}</p>
      {factors.length === 0 ? <p>{t("preparation.questions.noFactors")}</p> : null}
      {factors.map(({ factor, moduleName }) => (
        <FactorQuestions
          key={factor.id}
          factor={factor}
          moduleName={moduleName}
          questions={questions.filter((question) => question.factorId === factor.id)}
          answers={answers}
          questionsDoc={questionsSession.canWrite ? (questionsSession.session?.doc ?? null) : null}
          briefDoc={brief.canWrite ? (brief.session?.doc ?? null) : null}
          user={questionsSession.user}
        />
      ))}
    </section>
  );
}

type FactorQuestionsProps = {
  factor: Factor;
  moduleName: string;
  questions: PreparationQuestion[];
  answers: ReadonlyMap<string, PreparationAnswer>;
  /** Set when the user may ask. */
  questionsDoc: Y.Doc | null;
  /** Set when the user may answer. */
  briefDoc: Y.Doc | null;
  user: { id: string; name: string };
};

function FactorQuestions({ factor, moduleName, questions, answers, questionsDoc, briefDoc, user }: FactorQuestionsProps) {
  const t = useT();
  const headingId = useId();
  return (
    <section className="preparation__factor" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {factor.number}. {factor.name} <span className="preparation__module">({moduleName})</span>
      </h4>
      {questions.length === 0 ? <p className="preparation__empty">{t("preparation.questions.none")}</p> : null}
      <ul className="preparation__questions">
        {questions.map((question) => (
          <li key={question.id} className="preparation__question">
            <p className="preparation__asked">
              <strong>{question.question}</strong>
            </p>
            {question.evidenceWanted ? <p>{t("preparation.questions.evidenceWanted", { evidence: question.evidenceWanted })}</p> : null}
            <p className="preparation__asker">{t("preparation.questions.askedBy", { name: question.askedByName })}</p>
            <AnswerView questionId={question.id} answer={answers.get(question.id) ?? null} briefDoc={briefDoc} user={user} />
          </li>
        ))}
      </ul>
      {questionsDoc ? <AskForm factorId={factor.id} doc={questionsDoc} user={user} /> : null}
    </section>
  );
}

function AnswerView({ questionId, answer, briefDoc, user }: { questionId: string; answer: PreparationAnswer | null; briefDoc: Y.Doc | null; user: { id: string } }) {
  const t = useT();
  const fieldId = useId();
  const [draft, setDraft] = useState("");
  if (!briefDoc) {
    return <p className="preparation__answer">{answer ? t("preparation.questions.answer", { answer: answer.text }) : t("preparation.questions.unanswered")}</p>;
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) return;
    setPreparationAnswer(briefDoc, questionId, { text: draft.trim(), answeredBy: user.id });
    setDraft("");
  };
  return (
    <>
      {answer ? <p className="preparation__answer">{t("preparation.questions.answer", { answer: answer.text })}</p> : null}
      <form className="preparation__form" onSubmit={submit}>
        <label htmlFor={fieldId}>{t(answer ? "preparation.questions.changeAnswer" : "preparation.questions.answerLabel")}</label>
        <textarea id={fieldId} value={draft} maxLength={QUESTION_MAX_LENGTH} rows={2} required onChange={(event) => setDraft(event.target.value)} />
        <button type="submit" className="button">
          {t("preparation.questions.answerSubmit")}
        </button>
      </form>
    </>
  );
}

function AskForm({ factorId, doc, user }: { factorId: string; doc: Y.Doc; user: { id: string; name: string } }) {
  const t = useT();
  const questionId = useId();
  const evidenceId = useId();
  const [question, setQuestion] = useState("");
  const [evidence, setEvidence] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!question.trim()) return;
    addPreparationQuestion(doc, { factorId, question: question.trim(), evidenceWanted: evidence.trim(), askedBy: user.id, askedByName: user.name });
    setQuestion("");
    setEvidence("");
  };
  return (
    <form className="preparation__form" onSubmit={submit}>
      <label htmlFor={questionId}>{t("preparation.questions.questionLabel")}</label>
      <textarea id={questionId} value={question} maxLength={QUESTION_MAX_LENGTH} rows={2} required onChange={(event) => setQuestion(event.target.value)} />
      <label htmlFor={evidenceId}>{t("preparation.questions.evidenceLabel")}</label>
      <textarea id={evidenceId} value={evidence} maxLength={QUESTION_MAX_LENGTH} rows={2} onChange={(event) => setEvidence(event.target.value)} />
      <button type="submit" className="button">
        {t("preparation.questions.ask")}
      </button>
    </form>
  );
}

import { createReviewRequestSchema, type BenchmarkSummary } from "@review/shared";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { listBenchmarks } from "../../api/benchmarks.ts";
import { createReview } from "../../api/reviews.ts";
import { navigate } from "../../app/navigation.tsx";
import { queryKeys } from "../../app/queryKeys.ts";
import { paths } from "../../app/routes.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { FormDialog } from "../../ui/FormDialog.tsx";
import { Spinner } from "../../ui/Spinner.tsx";
import { fieldIssues, type FieldIssue } from "../../ui/validation.ts";
import { ModulePicker } from "../../ui/ModulePicker.tsx";
import { themeOptions } from "../../app/reviewModules.ts";
import { useBenchmark } from "../../app/useBenchmark.ts";
import { VisitDatesInputs, dateIssues } from "../../ui/VisitDatesInputs.tsx";
import { useFormDialog, type FieldErrors } from "../../ui/useFormDialog.ts";

const FIELDS = ["title", "hostProject", "country", "themeModuleId", "visitStart", "visitEnd", "benchmarkId", "modules"] as const;
type Field = (typeof FIELDS)[number];

/** The benchmark a new review starts on unless someone picks another. */
const DEFAULT_BENCHMARK_ID = "impart";

type BenchmarkList = { status: "loading" } | { status: "failed" } | { status: "loaded"; benchmarks: BenchmarkSummary[] };

/**
 * "New review" as a modal dialog: what is reviewed, where and when, against
 * which benchmark and modules. Only title and host project are required; the
 * rest can be set later on the review's overview. Opens the review once created.
 */
export function NewReviewDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const [title, setTitle] = useState("");
  const [hostProject, setHostProject] = useState("");
  const [country, setCountry] = useState("");
  /** A thematic module id of the chosen benchmark; "" for none. */
  const [themeModuleId, setThemeModuleId] = useState("");
  const [visitStart, setVisitStart] = useState("");
  const [visitEnd, setVisitEnd] = useState("");
  const [benchmarkId, setBenchmarkId] = useState<string | null>(null);
  const [modules, setModules] = useState<string[]>([]);
  const form = useFormDialog(open, "input[name=title]", FIELDS, () => {
    setTitle("");
    setHostProject("");
    setCountry("");
    setThemeModuleId("");
    setVisitStart("");
    setVisitEnd("");
    setModules([]);
  });
  const { errors, submitting } = form;
  const { state: benchmark } = useBenchmark(open ? benchmarkId : null);
  const queryClient = useQueryClient();
  const { data: benchmarkList, isError: benchmarksFailed } = useQuery({ queryKey: queryKeys.benchmarks.list(), queryFn: listBenchmarks, enabled: open });
  const benchmarks: BenchmarkList = benchmarkList ? { status: "loaded", benchmarks: benchmarkList } : benchmarksFailed ? { status: "failed" } : { status: "loading" };


  // A benchmark chosen before stays chosen if it is still there; otherwise the default one, else the first.
  useEffect(() => {
    if (!benchmarkList) return;
    setBenchmarkId((current) =>
      current && benchmarkList.some((b) => b.id === current)
        ? current
        : (benchmarkList.find((b) => b.id === DEFAULT_BENCHMARK_ID) ?? benchmarkList[0])?.id ?? null,
    );
  }, [benchmarkList]);

  const requiredMessage = (field: "title" | "hostProject", issue: FieldIssue) => {
    if (issue.kind === "tooLong") return t("validation.tooLong", { max: issue.maximum });
    return t(field === "title" ? "reviews.new.titleRequired" : "reviews.new.hostProjectRequired");
  };

  const onSubmit = form.submit(async () => {
    const input = {
      title,
      hostProject,
      ...(benchmarkId ? { benchmarkId, modules } : {}),
      ...(country.trim() ? { country } : {}),
      ...(benchmarkId && themeModuleId ? { themeModuleId } : {}),
      ...(visitStart ? { visitStart } : {}),
      ...(visitEnd ? { visitEnd } : {}),
    };
    const found: FieldErrors<Field> = { ...dateIssues(t, visitStart, visitEnd) };
    const parsed = createReviewRequestSchema.safeParse(input);
    if (!parsed.success) {
      const issues = fieldIssues(parsed.error);
      for (const field of ["title", "hostProject"] as const) {
        const issue = issues[field];
        if (issue) found[field] = requiredMessage(field, issue);
      }
      const issue = issues.country;
      if (issue?.kind === "tooLong") found.country = t("validation.tooLong", { max: issue.maximum });
    }
    // With an issue, the keyboard goes to the first field to fix.
    if (!form.showIssues(found) || !parsed.success) return;
    await form.send(async () => {
      const review = await createReview(parsed.data);
      void queryClient.invalidateQueries({ queryKey: queryKeys.reviews.list() });
      onClose();
      navigate(paths.review(review.id));
    });
  });

  const benchmarkOptions = benchmarks.status === "loaded" ? benchmarks.benchmarks : [];

  return (
    <FormDialog
      dialogRef={form.dialog}
      title={t("reviews.new.title")}
      description={t("reviews.new.description")}
      wide
      submitting={submitting}
      error={form.error}
      submitLabel={submitting ? t("reviews.new.submitting") : t("reviews.new.submit")}
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <TextField
        label={t("reviews.new.titleLabel")}
        hint={t("reviews.new.titleHint")}
        name="title"
        autoComplete="off"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        error={errors.title}
        disabled={submitting}
        required
      />
      <TextField
        label={t("reviews.new.hostProjectLabel")}
        hint={t("reviews.new.hostProjectHint")}
        name="hostProject"
        autoComplete="off"
        value={hostProject}
        onChange={(event) => setHostProject(event.target.value)}
        error={errors.hostProject}
        disabled={submitting}
        required
      />
      <TextField
        label={t("setup.country.label")}
        hint={t("setup.optional")}
        name="country"
        autoComplete="off"
        value={country}
        onChange={(event) => setCountry(event.target.value)}
        error={errors.country}
        disabled={submitting}
      />
      <fieldset className="form-group">
        <legend className="field__label">{t("setup.dates.legend")}</legend>
        <VisitDatesInputs
          start={visitStart}
          end={visitEnd}
          onStartChange={setVisitStart}
          onEndChange={setVisitEnd}
          issues={{ visitStart: errors.visitStart, visitEnd: errors.visitEnd }}
          disabled={submitting}
        />
      </fieldset>

      {benchmarks.status === "failed" ? (
        <Alert tone="warning">{t("setup.benchmark.listFailed")}</Alert>
      ) : (
        <SelectField
          label={t("setup.benchmark.label")}
          name="benchmarkId"
          value={benchmarkId ?? ""}
          hint={benchmarks.status === "loading" ? t("setup.benchmark.listLoading") : t("setup.benchmark.hint")}
          onChange={(event) => {
            setBenchmarkId(event.target.value);
            setModules([]);
            setThemeModuleId("");
          }}
          options={benchmarkOptions.map((b) => ({ value: b.id, label: t("setup.benchmark.option", { name: b.name, version: b.version }) }))}
          error={errors.benchmarkId}
          disabled={submitting || benchmarks.status !== "loaded"}
        />
      )}
      <SelectField
        label={t("setup.theme.label")}
        hint={t("setup.theme.optionalHint")}
        name="themeModuleId"
        value={themeModuleId}
        onChange={(event) => setThemeModuleId(event.target.value)}
        options={themeOptions(t, benchmark.status === "loaded" ? benchmark.benchmark : null)}
        error={errors.themeModuleId}
        disabled={submitting || benchmark.status !== "loaded"}
      />
      {benchmark.status === "loaded" ? (
        <ModulePicker
          benchmark={benchmark.benchmark}
          selected={modules}
          onChange={setModules}
          legend={t("setup.modules.legend")}
          disabled={submitting}
          error={errors.modules}
        />
      ) : benchmark.status === "loading" ? (
        <div className="module-picker__loading">
          <Spinner size={16} label={t("setup.benchmark.loading")} />
        </div>
      ) : null}
    </FormDialog>
  );
}

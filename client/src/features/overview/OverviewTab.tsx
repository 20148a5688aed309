import type { ReviewDetail } from "@review/shared";
import { useEffect, useState } from "react";
import { localIsoDate } from "../../i18n/dates.ts";
import { themeModuleName } from "../../app/reviewModules.ts";
import { useBenchmark } from "../../app/useBenchmark.ts";
import { HostReviewNotice } from "../workflow/index.ts";
import { WrapUpPanel } from "../wrapUp/index.ts";
import type { ReviewUpdater } from "../../app/reviewUpdater.ts";
import { BenchmarkPanel } from "./BenchmarkPanel.tsx";
import { ProjectsPanel } from "./ProjectsPanel.tsx";
import { ReadinessPanel } from "./ReadinessPanel.tsx";
import { RoundsPanel } from "./RoundsPanel.tsx";
import { SetupPanel, type SetupField } from "./SetupPanel.tsx";
import { StagesGuide } from "./StagesGuide.tsx";
import { currentStage, visitPhase } from "./visitReadiness.ts";
import "./overview.css";

type Editing = SetupField | "modules" | null;

/** The review at a glance: its set-up (editable by moderators), how ready it is, and the stages of a visit. */
export function OverviewTab({ review, onReviewChange }: { review: ReviewDetail; onReviewChange: ReviewUpdater }) {
  const { state: benchmark, retry } = useBenchmark(review.benchmark?.id ?? null, review.benchmark?.version);
  const [editing, setEditing] = useState<Editing>(null);
  const phase = visitPhase(review.visitStart, review.visitEnd, localIsoDate(new Date()));

  // Opened from the checklist: bring the editor into view (it takes focus itself).
  useEffect(() => {
    if (editing) document.querySelector(".setup-row--editing, .inline-edit")?.scrollIntoView({ block: "nearest" });
  }, [editing]);

  return (
    <div className="overview">
      <HostReviewNotice review={review} />
      <div className="overview__grid">
        <div className="overview__main">
          <SetupPanel
            review={review}
            benchmark={benchmark}
            onReviewChange={onReviewChange}
            editing={editing === "modules" ? null : editing}
            onEditingChange={setEditing}
          />
          <BenchmarkPanel
            review={review}
            benchmark={benchmark}
            onRetry={retry}
            onReviewChange={onReviewChange}
            editing={editing === "modules"}
            onEditingChange={(open) => setEditing(open ? "modules" : null)}
          />
          <ProjectsPanel review={review} onReviewChange={onReviewChange} />
          <WrapUpPanel review={review} benchmark={benchmark.status === "loaded" ? benchmark.benchmark : null} />
          <RoundsPanel review={review} benchmark={benchmark.status === "loaded" ? benchmark.benchmark : null} />
        </div>
        <aside className="overview__side" aria-labelledby="readiness-heading">
          <ReadinessPanel review={review} themeName={themeModuleName(benchmark, review.themeModuleId)} phase={phase} onOpen={setEditing} />
        </aside>
      </div>
      <StagesGuide current={currentStage(phase)} />
    </div>
  );
}

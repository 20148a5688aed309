import type { ReviewDetail } from "@review/shared";
import { useLayoutEffect, useRef, type ComponentType } from "react";
import { Link } from "../../app/navigation.tsx";
import { REVIEW_TABS, paths, type ReviewTab } from "../../app/routes.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import type { MessageKey } from "../../i18n/messages/en.ts";
import { ReportUnreadBadge } from "../comments/index.ts";
import { BookIcon, CalendarIcon, ColumnsIcon, FileTextIcon, LayoutIcon, UsersIcon } from "../../ui/icons.tsx";

export const REVIEW_TAB_LABEL = {
  overview: "reviewNav.overview",
  board: "reviewNav.board",
  report: "reviewNav.report",
  team: "reviewNav.team",
  preparation: "reviewNav.preparation",
  programme: "reviewNav.programme",
} as const satisfies Record<ReviewTab, MessageKey>;

const TAB_ICON: Record<ReviewTab, ComponentType<{ size?: number }>> = {
  overview: LayoutIcon,
  board: ColumnsIcon,
  report: FileTextIcon,
  team: UsersIcon,
  preparation: BookIcon,
  programme: CalendarIcon,
};

/** The review's sections as links (each tab has its own URL), the current one marked for assistive tech. */
export function ReviewTabs({ review, current }: { review: ReviewDetail; current: ReviewTab }) {
  const t = useT();
  const list = useRef<HTMLUListElement>(null);

  // On a narrow screen the tabs scroll sideways: keep the current one in view.
  useLayoutEffect(() => {
    const element = list.current;
    const link = element?.querySelector<HTMLElement>('[aria-current="page"]');
    if (!element || !link) return;
    const left = link.offsetLeft; // the list is the link's offset parent
    if (left < element.scrollLeft || left + link.offsetWidth > element.scrollLeft + element.clientWidth) {
      element.scrollLeft = left - (element.clientWidth - link.offsetWidth) / 2;
    }
  }, [current]);

  return (
    <nav className="review-tabs" aria-label={t("reviewNav.label")}>
      <ul className="review-tabs__list" ref={list}>
        {REVIEW_TABS.map((tab) => {
          const Icon = TAB_ICON[tab];
          return (
            <li key={tab}>
              <Link to={paths.reviewTab(review.id, tab)} className="review-tabs__link" aria-current={tab === current ? "page" : undefined}>
                <Icon size={16} />
                {t(REVIEW_TAB_LABEL[tab])}
                {tab === "report" ? <ReportUnreadBadge review={review} /> : null}
                {tab === "team" ? (
                  <>
                    <span className="review-tabs__count" aria-hidden="true">
                      {review.members.length}
                    </span>
                    <span className="visually-hidden">, {t("members.count", { count: review.members.length })}</span>
                  </>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

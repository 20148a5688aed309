import { mayManageNetwork } from "@review/shared";
import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { useT } from "../i18n/I18nProvider.tsx";
import { Avatar } from "../ui/Avatar.tsx";
import { LanguageSelect } from "../i18n/LanguageSelect.tsx";
import { CloseIcon, LogoMark, MenuIcon, SignOutIcon } from "../ui/icons.tsx";
import { Spinner } from "../ui/Spinner.tsx";
import { useCurrentUser, useSession } from "./SessionProvider.tsx";
import { useBenchmarkAccess } from "./useBenchmarkAccess.ts";
import { NotificationsBell } from "../features/notifications/NotificationsBell.tsx";
import { Link, navigate, useLocation } from "./navigation.tsx";
import { paths, reviewIdOf } from "./routes.ts";
import "./shell.css";

/**
 * The signed-in frame: top bar with product, navigation, language and account; the page below.
 * Below 1180 px the navigation, the language, the account and Sign out collapse behind a Menu
 * disclosure button (aria-expanded; Escape closes it and focus returns to the button).
 */
export function Shell({ children }: { children: ReactNode }) {
  const t = useT();
  const user = useCurrentUser();
  const { signOut } = useSession();
  const { pathname } = useLocation();
  const [signingOut, setSigningOut] = useState(false);
  const canManageBenchmarks = useBenchmarkAccess();
  const main = useRef<HTMLElement>(null);
  const previousPath = useRef(pathname);
  const [menuOpen, setMenuOpen] = useState(false);
  const menuButton = useRef<HTMLButtonElement>(null);
  const menuRoot = useRef<HTMLDivElement>(null);
  const menuId = useId();

  // A navigation closes the menu (its links lead away from where it was opened).
  useEffect(() => setMenuOpen(false), [pathname]);

  // A click or tap outside the top bar closes it, as does focus moving out of it.
  useEffect(() => {
    if (!menuOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!menuRoot.current?.contains(event.target as Node)) setMenuOpen(false);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [menuOpen]);

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Escape" || !menuOpen) return;
    event.preventDefault();
    setMenuOpen(false);
    menuButton.current?.focus();
  };

  // After an in-app navigation, start at the top and move focus to the new page, as a page load would.
  // Switching between the tabs of one review is not a new page: focus stays on the chosen tab.
  useEffect(() => {
    const previous = previousPath.current;
    previousPath.current = pathname;
    if (previous === pathname) return;
    const review = reviewIdOf(pathname);
    if (review !== null && review === reviewIdOf(previous)) return;
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [pathname]);

  const onSignOut = async () => {
    setSigningOut(true);
    await signOut();
    navigate(paths.signIn(), { replace: true });
  };

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("shell.skipToContent")}
      </a>
      <header className="topbar">
        <div className="topbar__inner">
          <Link to={paths.reviews()} className="brand" aria-label={t("shell.home")}>
            <LogoMark size={28} />
            <span className="brand__name">{t("app.name")}</span>
          </Link>
          <div className="topbar__collapsible" ref={menuRoot} onKeyDown={onMenuKeyDown}>
            <button
              ref={menuButton}
              type="button"
              className="button button--ghost topbar__menu-button"
              aria-expanded={menuOpen}
              aria-controls={menuId}
              onClick={() => setMenuOpen((open) => !open)}
            >
              {menuOpen ? <CloseIcon size={18} /> : <MenuIcon size={18} />}
              {t("shell.menu")}
            </button>
            <div id={menuId} className={`topbar__menu${menuOpen ? " topbar__menu--open" : ""}`}>
              <nav className="topbar__nav" aria-label={t("shell.navigation")}>
                <Link to={paths.reviews()} className="topbar__link" aria-current={pathname === paths.reviews() ? "page" : undefined}>
                  {t("reviews.list.title")}
                </Link>
                <Link to={paths.papers()} className="topbar__link" aria-current={pathname === paths.papers() || pathname.startsWith(`${paths.papers()}/`) ? "page" : undefined}>
                  {t("papers.nav")}
                </Link>
                {canManageBenchmarks || pathname.startsWith(paths.benchmarks()) ? (
                  <Link to={paths.benchmarks()} className="topbar__link" aria-current={pathname.startsWith(paths.benchmarks()) ? "page" : undefined}>
                    {t("benchmarks.nav")}
                  </Link>
                ) : null}
                <Link to={paths.search()} className="topbar__link" aria-current={pathname === paths.search() ? "page" : undefined}>
                  {t("search.nav")}
                </Link>
                {mayManageNetwork(user.networkRole) ? (
                  <Link to={paths.network()} className="topbar__link" aria-current={pathname === paths.network() ? "page" : undefined}>
                    {t("network.nav")}
                  </Link>
                ) : null}
              </nav>
              <div className="topbar__account">
                <LanguageSelect className="topbar__language" />
                <Link to={paths.account()} className="account" aria-current={pathname === paths.account() ? "page" : undefined}>
                  <Avatar name={user.name} color={user.color} size="sm" />
                  <span className="account__text">
                    <span className="account__name">{user.name}</span>
                    <span className="account__email">{user.email}</span>
                  </span>
                  <span className="visually-hidden"> {t("shell.accountSettings")}</span>
                </Link>
                <button type="button" className="button button--ghost" onClick={onSignOut} disabled={signingOut} title={t("shell.signOut")}>
                  {signingOut ? <Spinner size={16} /> : <SignOutIcon size={16} />}
                  <span className="topbar__signout-label">{t("shell.signOut")}</span>
                </button>
              </div>
            </div>
          </div>
          <NotificationsBell />
        </div>
      </header>
      <main className="shell__main" id="main" tabIndex={-1} ref={main}>
        {children}
      </main>
    </div>
  );
}

import { describeError } from "../app/errorText.ts";
import { useT } from "../i18n/I18nProvider.tsx";
import { Alert } from "./Alert.tsx";

/** What a view shows when its data could not be loaded: the reason and, given `onRetry`, a retry button. */
export function LoadFailed({ title, error, onRetry }: { title: string; error: unknown; onRetry?: () => void }) {
  const t = useT();
  return (
    <Alert
      tone="error"
      title={title}
      action={
        onRetry ? (
          <button type="button" className="button button--secondary" onClick={() => onRetry()}>
            {t("common.retry")}
          </button>
        ) : undefined
      }
    >
      {describeError(t, error)}
    </Alert>
  );
}

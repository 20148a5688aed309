import { REVIEW_ROLES, addMemberRequestSchema, type AddMemberResponse, type ReviewRole } from "@review/shared";
import { useState, type FormEvent } from "react";
import { addMember } from "../../api/reviews.ts";
import { describeError } from "../../app/errorText.ts";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Alert } from "../../ui/Alert.tsx";
import { SelectField, TextField } from "../../ui/Field.tsx";
import { roleDescriptionKey, roleLabelKey } from "../../ui/roles.ts";
import { Spinner } from "../../ui/Spinner.tsx";
import { fieldIssues } from "../../ui/validation.ts";
import "../../ui/panel.css";

/**
 * Moderators add people by email, with a role: an account joins at once, an email without one
 * gets an invitation for that address. The server's answer does not say which (it must not tell
 * who has an account), so the form says both and the caller reloads members and invitations.
 */
export function AddMemberForm({ reviewId, onAdded }: { reviewId: string; onAdded: (added: AddMemberResponse) => void }) {
  const t = useT();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<ReviewRole>("peer");
  const [emailError, setEmailError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [added, setAdded] = useState<AddMemberResponse | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAdded(null);
    setError(null);
    if (!email.trim()) {
      setEmailError(t("validation.emailRequired"));
      return;
    }
    const parsed = addMemberRequestSchema.safeParse({ email, role });
    if (!parsed.success) {
      setEmailError(fieldIssues(parsed.error).email ? t("validation.emailInvalid") : undefined);
      return;
    }
    setEmailError(undefined);
    setSubmitting(true);
    try {
      const result = await addMember(reviewId, parsed.data);
      onAdded(result);
      setAdded(result);
      setEmail("");
    } catch (caught) {
      setError(describeError(t, caught));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form className="panel add-member" noValidate onSubmit={onSubmit} aria-labelledby="add-member-heading" aria-busy={submitting}>
      <div>
        <h2 className="panel__title" id="add-member-heading">
          {t("members.add.title")}
        </h2>
        <p className="add-member__lede">{t("team.add.lede")}</p>
      </div>
      <TextField
        label={t("members.add.email")}
        type="email"
        name="email"
        autoComplete="off"
        inputMode="email"
        spellCheck={false}
        value={email}
        onChange={(event) => setEmail(event.target.value)}
        error={emailError}
        disabled={submitting}
        required
      />
      <SelectField
        label={t("members.add.role")}
        name="role"
        value={role}
        hint={t(roleDescriptionKey[role])}
        onChange={(event) => setRole(event.target.value as ReviewRole)}
        options={REVIEW_ROLES.map((value) => ({ value, label: t(roleLabelKey[value]) }))}
        disabled={submitting}
      />
      {error ? <Alert tone="error">{error}</Alert> : null}
      {added ? (
        <Alert tone="success" live="status">
          {t("members.add.done", { email: added.email, role: t(roleLabelKey[added.role]) })}
        </Alert>
      ) : null}
      <button type="submit" className="button button--primary button--block" disabled={submitting}>
        {submitting ? <Spinner size={16} /> : null}
        {submitting ? t("members.add.submitting") : t("members.add.submit")}
      </button>
    </form>
  );
}

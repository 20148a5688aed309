import { forwardRef, useId, useImperativeHandle, useRef, useState, type KeyboardEvent } from "react";
import { useT } from "../../i18n/I18nProvider.tsx";
import { Avatar } from "../../ui/Avatar.tsx";
import { insertMention, matchMembers, mentionQueryAt, type CommentMember } from "./mentions.ts";

type MentionTextareaProps = {
  value: string;
  onChange: (value: string) => void;
  /** A member picked from the suggestions (the caller keeps the ids). */
  onMention: (member: CommentMember) => void;
  members: readonly CommentMember[];
  label: string;
  placeholder: string;
  /** Ctrl/Cmd+Enter. */
  onSubmit: () => void;
  onCancel: () => void;
  describedBy?: string;
  invalid?: boolean;
};

/**
 * A comment field where `@` opens a list of members to mention: a combobox in the ARIA sense,
 * arrows move through the list, Enter or Tab picks, Escape closes it (a second Escape cancels).
 */
export const MentionTextarea = forwardRef<HTMLTextAreaElement, MentionTextareaProps>(function MentionTextarea(props, ref) {
  const { value, members, label } = props;
  const t = useT();
  const listId = useId();
  const textarea = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(ref, () => textarea.current!);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState<number | null>(null);

  const query = mentionQueryAt(value, caret);
  const open = query !== null && dismissedAt !== query.start;
  const matches = open ? matchMembers(members, query.query) : [];
  const activeIndex = Math.min(active, Math.max(0, matches.length - 1));

  const pick = (member: CommentMember) => {
    if (!query) return;
    const next = insertMention(value, query.start, caret, member);
    props.onMention(member);
    props.onChange(next.text);
    setCaret(next.caret);
    requestAnimationFrame(() => textarea.current?.setSelectionRange(next.caret, next.caret));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open && matches.length > 0) {
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        setActive((activeIndex + step + matches.length) % matches.length);
        return;
      }
      if (event.key === "Enter" || event.key === "Tab") {
        event.preventDefault();
        pick(matches[activeIndex]!);
        return;
      }
    }
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      if (open) setDismissedAt(query!.start);
      else props.onCancel();
      return;
    }
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      props.onSubmit();
    }
  };

  const track = () => {
    setCaret(textarea.current?.selectionStart ?? 0);
    setActive(0);
  };

  return (
    <div className="mention-field">
      <textarea
        ref={textarea}
        className="mention-field__input"
        value={value}
        rows={2}
        aria-label={label}
        placeholder={props.placeholder}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && matches.length > 0 ? `${listId}-${activeIndex}` : undefined}
        onChange={(event) => {
          props.onChange(event.target.value);
          setCaret(event.target.selectionStart);
          setActive(0);
          setDismissedAt(null);
        }}
        onSelect={track}
        onClick={track}
        onKeyDown={onKeyDown}
      />
      <ul className="mention-list" id={listId} role="listbox" aria-label={t("comments.mention.list")} hidden={!open}>
        {open && matches.length === 0 ? <li className="mention-list__empty">{t("comments.mention.none", { query: query!.query })}</li> : null}
        {matches.map((member, index) => (
          <li
            key={member.userId}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className="mention-list__option"
            // Picking with the mouse must not blur the field first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(member)}
          >
            <Avatar name={member.name} color={member.color} size="sm" />
            <span>{member.name}</span>
          </li>
        ))}
      </ul>
    </div>
  );
});

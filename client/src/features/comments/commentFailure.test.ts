import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/http.ts";
import { en } from "../../i18n/messages/en.ts";
import { createTranslator } from "../../i18n/translate.ts";
import { commentFailure } from "./commentFailure.ts";

const t = createTranslator("en", en, en);

describe("commentFailure", () => {
  it("says an unsent comment was not posted, and that its text is kept, when the server cannot be reached", () => {
    expect(commentFailure(t, "post", new ApiError("network", "", 0))).toBe(en["comments.error.post.offline"]);
    expect(commentFailure(t, "post", new ApiError("network", "", 0))).toContain("Your text is kept here");
  });

  it("gives the server's reason for a refusal", () => {
    expect(commentFailure(t, "save", new ApiError("forbidden", "Only its author may change a comment", 403))).toBe(
      "Your change could not be saved. Only its author may change a comment",
    );
    expect(commentFailure(t, "delete", new ApiError("internal", "", 500))).toBe(`The comment could not be deleted. ${en["error.server"]}`);
  });
});

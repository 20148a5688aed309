import { describe, expect, it } from "vitest";
import { ApiError } from "../api/http.ts";
import { en } from "../i18n/messages/en.ts";
import { createTranslator } from "../i18n/translate.ts";
import { describeError, describeFieldError } from "./errorText.ts";

/** A catalogue whose wording differs from the server's, to see which one is shown. */
const t = createTranslator("de", { "apiError.moderator_only": "Nur die Moderation darf das", "apiError.invitation_for_other_email": "Diese Einladung gilt für {email}." }, en);

describe("describeError", () => {
  it("words a known reason from the catalogue, with its params", () => {
    expect(describeError(t, new ApiError("forbidden", "Only a moderator of this review can do this", 403, "moderator_only"))).toBe("Nur die Moderation darf das");
    expect(describeError(t, new ApiError("forbidden", "…", 403, "invitation_for_other_email", { email: "a@b.eu" }))).toBe("Diese Einladung gilt für a@b.eu.");
  });

  it("shows the server's message for a reason the client does not know, or none", () => {
    expect(describeError(t, new ApiError("conflict", "A newer server's sentence", 409, "from_the_future"))).toBe("A newer server's sentence");
    expect(describeError(t, new ApiError("invalid_input", "visitEnd: must not be before visitStart", 400))).toBe("visitEnd: must not be before visitStart");
  });

  it("falls back to the client's wording without a message", () => {
    expect(describeError(t, new ApiError("network", "", 0))).toBe(en["error.network"]);
  });
});

describe("describeFieldError", () => {
  it("attributes a zod message to its field, but words a known reason as a whole", () => {
    expect(describeFieldError(t, new ApiError("invalid_input", "visitEnd: must not be before visitStart", 400), ["visitEnd"])).toEqual({
      field: "visitEnd",
      text: expect.stringContaining("must not be before visitStart"),
    });
    expect(describeFieldError(t, new ApiError("invalid_input", "x", 400, "registration_refused"), ["email"])).toEqual({
      field: null,
      text: en["apiError.registration_refused"],
    });
  });
});

import { describe, expect, it } from "vitest";
import { insertMention, matchMembers, mentionQueryAt, mentionsInBody, splitMentions } from "./mentions.ts";

const members = [
  { userId: "u1", name: "Jonas Weber", color: "#123456" },
  { userId: "u2", name: "Aoife Byrne", color: "#123456" },
  { userId: "u3", name: "Luca Rossi", color: "#123456" },
];

describe("mentions", () => {
  it("finds the @query before the caret", () => {
    expect(mentionQueryAt("Hi @Jo", 6)).toEqual({ start: 3, query: "Jo" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionQueryAt("mail@example", 12)).toBeNull();
    expect(mentionQueryAt("Hi @Jo there", 12)).toBeNull();
  });

  it("matches names by prefix of any word", () => {
    expect(matchMembers(members, "by").map((m) => m.userId)).toEqual(["u2"]);
    expect(matchMembers(members, "b").map((m) => m.userId)).toEqual(["u2", "u1"]);
    expect(matchMembers(members, "").map((m) => m.userId)).toEqual(["u2", "u1", "u3"]);
    expect(matchMembers(members, "ross").map((m) => m.userId)).toEqual(["u3"]);
  });

  it("inserts a mention and keeps only mentions still in the text", () => {
    const { text, caret } = insertMention("Ask @ao now", 4, 7, members[1]!);
    expect(text).toBe("Ask @Aoife Byrne  now");
    expect(caret).toBe(17);
    expect(mentionsInBody(text, ["u2", "u1"], members)).toEqual(["u2"]);
  });

  it("splits a body into text and mentions", () => {
    expect(splitMentions("Ask @Aoife Byrne and @Nobody", ["u2"], members)).toEqual([
      { text: "Ask ", mention: null },
      { text: "@Aoife Byrne", mention: members[1] },
      { text: " and @Nobody", mention: null },
    ]);
  });
});

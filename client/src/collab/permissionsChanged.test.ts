import { describe, expect, it } from "vitest";
import { notifyPermissionsChanged, onPermissionsChanged } from "./permissionsChanged.ts";

describe("permissionsChanged", () => {
  it("tells every listener which document the role change closed, until it unsubscribes", () => {
    const heard: string[] = [];
    const stop = onPermissionsChanged((name) => heard.push(name));
    notifyPermissionsChanged("review:aaaaaaaaaaaaaaaa:report");
    stop();
    notifyPermissionsChanged("review:aaaaaaaaaaaaaaaa:board");
    expect(heard).toEqual(["review:aaaaaaaaaaaaaaaa:report"]);
  });
});

/** English messages of the announcer, focus and keyboard paths; spread into the catalogue in en.ts. */
export const a11yMessages = {
  "a11y.connection.offline": "You are offline. Your changes are kept on this device and sent when the connection returns.",
  "a11y.connection.online": "Back online. Your changes are saved.",
  "a11y.connection.failed": "Your changes could not be saved. {reason}",
  "a11y.remote.cards": { one: "{name} added a card", other: "{name} added {count} cards" },
  "a11y.remote.comments": { one: "{name} commented", other: "{name} added {count} comments" },
  "a11y.remote.votes": { one: "{name} voted", other: "{name} cast {count} votes" },
  "a11y.remote.someone": "A team member",
  "a11y.palette.open": "Link selection to a factor…",
  "a11y.palette.title": "Link the selection to a factor",
  "a11y.palette.filter": "Find a factor",
  "a11y.palette.factors": "Factors",
  "a11y.palette.hint": "Type to filter, arrow keys to choose, Enter to link, Escape to go back to the report.",
  "a11y.palette.empty": "No factor matches.",
  "a11y.palette.count": { one: "{count} factor", other: "{count} factors" },
  "a11y.palette.noSelection": "Select text in the report first, then press Ctrl+Shift+F to link it to a factor.",
} as const;

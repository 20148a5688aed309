import type { Message } from "../translate.ts";

/** English messages of network roles and the administrator's members page; spread into the catalogue in en.ts. */
export const networkMessages = {
  "network.nav": "Network",
  "network.title": "Network members",
  "network.lede": "Everyone with an account on this network, and what they may do across reviews. Only administrators see this page.",
  "network.loading": "Loading the network's members…",
  "network.failed": "The network's members could not be loaded",
  "network.forbidden": "Only administrators manage the network's members.",
  "network.table.caption": "Accounts and their network roles",
  "network.table.name": "Name",
  "network.table.email": "Email",
  "network.table.role": "Network role",
  "network.table.since": "Joined",
  "network.role.label": "Network role of {name}",
  "network.role.save": "Change role",
  "network.role.saveFor": "Change the network role of {name}",
  "network.role.saving": "Changing…",
  "network.role.saved": "{name} is now: {role}.",
  "network.role.you": "(you)",
  "network.lastAdministrator": "The only administrator: make someone else administrator before changing this role.",
  "network.roles.heading": "What each role may do",

  "networkRole.administrator": "Administrator",
  "networkRole.moderator": "Network moderator",
  "networkRole.member": "Member",
  "networkRole.administrator.description": "Manages the network's members and their roles; may also do everything a network moderator does.",
  "networkRole.moderator.description": "Creates reviews, writes every policy paper and manages benchmarks.",
  "networkRole.member.description": "Takes part in the reviews they are invited to, reads and comments on policy papers, and writes the papers they author.",

  "reviews.list.memberNote": "Reviews are created by network moderators. Ask an administrator of your network if you should lead one; reviews you are invited to appear here.",
  "reviews.empty.member": "When a moderator invites you to a review, it appears here.",
} satisfies Record<string, Message>;

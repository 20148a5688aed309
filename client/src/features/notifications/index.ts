// The public entry of notifications/: what other features compose (the e-mail setting on the account page).
export { NotificationSettingsForm } from "./NotificationSettingsForm.tsx";

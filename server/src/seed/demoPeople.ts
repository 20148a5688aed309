/** The demo accounts by email, shared by the account list, the review plans and the evidence cards. */
export const ELENA = "elena@example.org";
export const JONAS = "jonas@example.org";
export const AOIFE = "aoife@example.org";
export const LUCA = "luca@example.org";
// Peers from other partner regions, so that each review team has three to five peers.
export const MARTA = "marta@example.org";
export const PIETER = "pieter@example.org";
export const FIONA = "fiona@example.org";
export const KATRIN = "katrin@example.org";
export const TOMAS = "tomas@example.org";
export const INGRID = "ingrid@example.org";
export const STEFAN = "stefan@example.org";

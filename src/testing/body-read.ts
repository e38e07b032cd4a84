/**
 * What a failure message could learn of a body: its start as text (`cut`
 * says why that is not all of it), its already-parsed value (an axios or
 * superagent response holds one), or why it was not read.
 */
export type BodyRead =
  | { readonly text: string; readonly cut: string | undefined }
  | { readonly value: unknown }
  | { readonly unread: string };

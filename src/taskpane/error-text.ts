/** The message of anything thrown, for a message bar. */
export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * The message an embedded chart posts to the page that frames it, and the one that page's resize script sends
 * back to ask for it. Shared by the embed page (src/scripts/embed/reportHeight.ts) and mirrored by the host
 * script (public/embed/resize.js, plain JavaScript so any site can include it as it is): change both together.
 *
 * The embed cannot know who frames it, so it posts to any origin; the height is not secret. The host script
 * accepts a message only when its payload has exactly this shape and it comes from one of its own iframes
 * whose address is on this site (src/lib/embed/messages.test.ts checks the guard; tests/e2e/embed.test.ts the
 * whole exchange).
 */
export const HEIGHT_MESSAGE = 'sulut-atlas:embed-height';
export const ASK_MESSAGE = 'sulut-atlas:embed-ask';

/** Heights outside this range are ignored: no chart is shorter, and a taller one would be a runaway loop. */
export const MIN_HEIGHT = 100;
export const MAX_HEIGHT = 10_000;

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

export function heightMessage(height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, height: Math.ceil(height) };
}

/** The type check the host script applies (written again there in plain JavaScript). */
export function isHeightMessage(data: unknown): data is HeightMessage {
  if (!data || typeof data !== 'object') return false;
  const { type, height } = data as Record<string, unknown>;
  return type === HEIGHT_MESSAGE && typeof height === 'number' && Number.isFinite(height) && height >= MIN_HEIGHT && height <= MAX_HEIGHT;
}

export function isAskMessage(data: unknown): boolean {
  return !!data && typeof data === 'object' && (data as Record<string, unknown>).type === ASK_MESSAGE;
}

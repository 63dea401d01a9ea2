import type { Frame } from 'playwright-core';

/**
 * Where an embed's source line sits inside its frame: problems if any part of it lies outside the frame's
 * visible box (cut off below, or scrolled away), or if the frame's document is taller than the frame (so
 * something is hidden below). Written against a frame so tests/e2e/embed.test.ts can prove it bites on a fixture.
 */
export async function sourceLineProblems(frame: Frame, selector = '[data-chart-source]'): Promise<string[]> {
  return frame.evaluate((sel) => {
    const out: string[] = [];
    const lines = document.querySelectorAll(sel);
    if (lines.length !== 1) return [`${lines.length} source lines (expected 1)`];
    const r = lines[0]!.getBoundingClientRect();
    const [w, h] = [window.innerWidth, window.innerHeight];
    if (r.height === 0 || r.width === 0) out.push('the source line has no size');
    if (r.top < 0 || r.bottom > h + 0.5 || r.left < 0 || r.right > w + 0.5) {
      out.push(`the source line (${Math.round(r.left)},${Math.round(r.top)})–(${Math.round(r.right)},${Math.round(r.bottom)}) is outside the frame's ${w}×${h} box`);
    }
    const tall = document.documentElement.scrollHeight;
    if (tall > h + 1) out.push(`the frame is ${h} px tall but its page is ${tall} px: the rest is cut off`);
    return out;
  }, selector);
}

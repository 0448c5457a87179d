/**
 * The events of a focusable mark, as BarX wires them: hover or keyboard focus opens the
 * tooltip on the mark, leaving or blurring closes it, and Escape closes it without moving the
 * focus (WCAG 1.4.13: content on hover or focus is dismissible). Spread them on the mark's
 * element: `<g {...tipEvents(ctx.tooltip, () => tip)}>`.
 */
import type { Tip, TooltipState } from './tooltip.svelte.ts';

/** The handlers that open and close `tooltip` for one mark; `tip` is read when it opens. */
export function tipEvents(
  tooltip: TooltipState,
  tip: () => Tip,
): {
  onfocus: () => void;
  onblur: () => void;
  onpointerenter: () => void;
  onpointerleave: () => void;
  onkeydown: (e: KeyboardEvent) => void;
} {
  const show = () => tooltip.show(tip());
  const hide = () => tooltip.hide();
  return {
    onfocus: show,
    onblur: hide,
    onpointerenter: show,
    onpointerleave: hide,
    onkeydown: (e) => {
      if (e.key === 'Escape') hide();
    },
  };
}

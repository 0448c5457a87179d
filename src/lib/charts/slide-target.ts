/**
 * How a chart figure adds itself to the presenter's deck ("Thêm vào trình chiếu"): the page puts a
 * `SlideTarget` in the Svelte context and each figure reads it (a slide shows one figure of a view
 * through the embed context, embed.svelte.ts).
 */
import { getContext, setContext } from 'svelte';

/** What adding a figure to the deck gave: added as slide `n`, or not (already there, or the deck holds its `max`). */
export type AddResult = { added: true; n: number } | { added: false; reason: 'already' | 'full'; max: number };

/** The page's way to add a figure (its id and title) to the deck. */
export interface SlideTarget {
  add(chart: string, title: string): AddResult;
}

const TARGET = Symbol('slide-target');

/** Lets the figures under this component add themselves to the deck. */
export function setSlideTarget(target: SlideTarget): void {
  setContext(TARGET, target);
}

/** The deck a figure can add itself to, or undefined. */
export function getSlideTarget(): SlideTarget | undefined {
  return getContext<SlideTarget | undefined>(TARGET);
}

/**
 * The tooltip of one chart: which mark shows it, where, and what it says. Marks open it on
 * hover and on keyboard focus, and close it on leave, blur or Escape.
 */

/** What a tooltip shows, anchored at a point of the plotting area. */
export interface Tip {
  x: number;
  y: number;
  text: string;
}

/** The open tooltip, if any. */
export class TooltipState {
  #tip = $state.raw<Tip | null>(null);

  /** The open tooltip, or null. */
  get current(): Tip | null {
    return this.#tip;
  }

  /** Opens (or moves) the tooltip. */
  show(tip: Tip): void {
    this.#tip = tip;
  }

  /** Closes the tooltip. */
  hide(): void {
    this.#tip = null;
  }
}

/**
 * The embed view (`?embed=1&chart=<figure id>`): one chart alone, for an intranet page's iframe.
 * The page puts an `EmbedChart` in the context; every ChartFigure reads it, draws itself only
 * when it is the chart asked for, and says so, so the page can tell an unknown chart in words.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('embed-chart');

/** The chart an embedded page shows, and what the figures of the view said. */
export class EmbedChart {
  /** The figure id asked for (`chart=`); '' when none was named. */
  readonly chart: string;
  /** True while the figure asked for is drawn. */
  found = $state(false);
  /** How many figures the view has, drawn or not: more than none once the view has rendered. */
  figures = $state(0);

  constructor(chart: string) {
    this.chart = chart;
  }
}

/** Puts the embedded chart in the context of the page (from the top component). */
export function setEmbedChart(embed: EmbedChart): void {
  setContext(KEY, embed);
}

/** The embedded chart, or undefined on a normal page. */
export function getEmbedChart(): EmbedChart | undefined {
  return getContext<EmbedChart | undefined>(KEY);
}

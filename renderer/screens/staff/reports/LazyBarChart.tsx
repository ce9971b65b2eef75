import { lazy, Suspense, type ComponentProps } from 'react';

// Chart.js is most of the screens' JavaScript and only the reports draw with it: it loads when one opens.
const BarChart = lazy(() => import('./BarChart.js').then((m) => ({ default: m.BarChart })));

/** The bar chart, loaded on first use; until then its frame holds the chart's place and its summary. */
export function LazyBarChart(props: ComponentProps<typeof BarChart>) {
  return (
    <Suspense fallback={<div className="bar-chart" role="img" aria-label={props.summary} />}>
      <BarChart {...props} />
    </Suspense>
  );
}

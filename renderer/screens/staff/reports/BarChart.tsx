import { BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartOptions } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { seriesFill } from '../../../../ui/charts/series-fill.js';
import { GRID, INK } from '../../../../ui/charts/series-palette.js';
import { tallestBar, valueScale, type ValueKind } from '../../../../ui/charts/value-scale.js';
import type { BarData } from '../../../charts/loans-chart-data.js';

Chart.register(BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/**
 * A bar chart drawn for a kiosk screen: large dark text, no animation (the kiosk's processor is small and
 * a moving chart reads worse), and a summary sentence as the canvas's accessible name. The value axis fits
 * the data (ui/charts/value-scale.ts) and every series has a look of its own (ui/charts/series-palette.ts).
 */
export function BarChart(props: {
  data: BarData;
  summary: string;
  stacked?: boolean;
  yTitle: string;
  values: ValueKind;
}) {
  const stacked = props.stacked ?? false;
  const suffix = props.values === 'percent' ? '%' : '';
  const scale = valueScale(
    tallestBar(
      props.data.datasets.map((d) => d.data),
      stacked,
    ),
    props.values,
  );
  const options: ChartOptions<'bar'> = {
    animation: false,
    maintainAspectRatio: false,
    locale: 'en-GB',
    color: INK,
    font: { size: 16 },
    plugins: {
      legend: {
        display: props.data.datasets.length > 1,
        position: 'bottom',
        labels: { color: INK, font: { size: 16 }, boxWidth: 32, boxHeight: 20, padding: 16 },
      },
      tooltip: { bodyFont: { size: 16 }, titleFont: { size: 16 } },
    },
    scales: {
      x: {
        stacked,
        ticks: { color: INK, font: { size: 16 } },
        grid: { display: false },
      },
      y: {
        stacked,
        beginAtZero: true,
        suggestedMax: scale.suggestedMax,
        ticks: {
          color: INK,
          font: { size: 16 },
          precision: scale.precision,
          callback: (value) => `${Number(value).toLocaleString('en-GB')}${suffix}`,
        },
        grid: { color: GRID },
        title: { display: true, text: props.yTitle, color: INK, font: { size: 16, weight: 'bold' } },
      },
    },
  };
  const data = {
    labels: props.data.labels,
    datasets: props.data.datasets.map((d) => ({
      label: d.label,
      data: d.data,
      backgroundColor: seriesFill(d.style),
      borderColor: INK,
      borderWidth: 1,
      // A lone bar as wide as the chart reads as a background, not a value.
      maxBarThickness: 96,
    })),
  };
  return (
    <div className="bar-chart">
      <Bar data={data} options={options} role="img" aria-label={props.summary} />
    </div>
  );
}

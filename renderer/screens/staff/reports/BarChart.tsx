import { BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip, type ChartOptions } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { GRID, INK } from '../../../charts/chart-palette.js';
import type { BarData } from '../../../charts/loans-chart-data.js';

Chart.register(BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/**
 * A bar chart drawn for a kiosk screen: large dark text, no animation (the kiosk's processor is small and
 * a moving chart reads worse), and a summary sentence as the canvas's accessible name.
 */
export function BarChart(props: {
  data: BarData;
  summary: string;
  stacked?: boolean;
  yTitle: string;
  yMax?: number;
  yTickSuffix?: string;
}) {
  const suffix = props.yTickSuffix ?? '';
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
        labels: { color: INK, font: { size: 16 }, boxWidth: 24, padding: 16 },
      },
      tooltip: { bodyFont: { size: 16 }, titleFont: { size: 16 } },
    },
    scales: {
      x: {
        stacked: props.stacked ?? false,
        ticks: { color: INK, font: { size: 16 } },
        grid: { display: false },
      },
      y: {
        stacked: props.stacked ?? false,
        beginAtZero: true,
        ...(props.yMax === undefined ? {} : { max: props.yMax }),
        ticks: {
          color: INK,
          font: { size: 16 },
          precision: 0,
          callback: (value) => `${Number(value).toLocaleString('en-GB')}${suffix}`,
        },
        grid: { color: GRID },
        title: { display: true, text: props.yTitle, color: INK, font: { size: 16, weight: 'bold' } },
      },
    },
  };
  // A lone bar as wide as the chart reads as a background, not a value.
  const data = { ...props.data, datasets: props.data.datasets.map((d) => ({ ...d, maxBarThickness: 96 })) };
  return (
    <div className="bar-chart">
      <Bar data={data} options={options} role="img" aria-label={props.summary} />
    </div>
  );
}

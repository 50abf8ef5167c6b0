// Loaded on demand (the "chart" chunk, with box-chart.ts): a horizontal stacked bar per group, one segment per
// kotak. Registers only the pieces it uses.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export interface StackedData {
  /** One per bar, full text (ticks are shortened, tooltips show it whole). */
  labels: string[];
  series: { label: string; values: number[]; color: string }[];
  axisLabel: string;
}

/** Longest tick label before it is cut with "…" (a 320 px pane leaves ~110 px for the names). */
export const TICK_CHARS = 18;

export function shortLabel(label: string, max: number = TICK_CHARS): string {
  return label.length > max ? `${label.slice(0, max - 1).trimEnd()}…` : label;
}

export function drawStackedBarChart(canvas: HTMLCanvasElement, data: StackedData): { destroy(): void } {
  return new Chart(canvas, {
    type: "bar",
    data: {
      labels: data.labels,
      datasets: data.series.map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: s.color,
        borderColor: "#ffffff",
        borderWidth: 1,
      })),
    },
    options: {
      indexAxis: "y",
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: {
        x: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: data.axisLabel } },
        y: {
          stacked: true,
          ticks: {
            autoSkip: false,
            callback(value) {
              return shortLabel(this.getLabelForValue(Number(value)));
            },
          },
        },
      },
      plugins: {
        legend: { position: "bottom", labels: { boxWidth: 10, boxHeight: 10, font: { size: 10 } } },
        tooltip: { callbacks: { title: (items) => data.labels[items[0]?.dataIndex ?? 0] ?? "" } },
      },
    },
  });
}

// Loaded on demand (its own chunk): chart.js with only the pieces a bar chart needs, so the pane starts light.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from "chart.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);

export interface BarData {
  labels: string[];
  values: number[];
  colors: string[];
  axisLabel: string;
}

export function drawBarChart(canvas: HTMLCanvasElement, data: BarData): { destroy(): void } {
  return new Chart(canvas, {
    type: "bar",
    data: {
      labels: data.labels,
      datasets: [{ label: data.axisLabel, data: data.values, backgroundColor: data.colors, borderWidth: 0 }],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false } },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: data.axisLabel } } },
    },
  });
}

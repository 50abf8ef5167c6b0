// One way to mount a chart.js chart in a component: fetch the chart chunk, draw on the canvas once it gives a
// 2d context (jsdom and some hosts give none), destroy the chart when the inputs change or the view goes.
import { useEffect, useRef, useState, type DependencyList } from "react";

export interface ChartHandle {
  destroy(): void;
}

/**
 * `load` fetches the chart module (a dynamic import, so chart.js stays out of the first chunk); `draw` builds
 * the chart on the canvas. Redrawn when `deps` change; `ready` is false until the chart is on the canvas.
 */
export function useLazyChart<M>(load: () => Promise<M>, draw: (module: M, canvas: HTMLCanvasElement) => ChartHandle, deps: DependencyList) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let chart: ChartHandle | undefined;
    let live = true;
    setReady(false);
    void load().then((module) => {
      if (!live || !canvas.current || !canvas.current.getContext?.("2d")) return;
      chart = draw(module, canvas.current);
      setReady(true);
    });
    return () => {
      live = false;
      chart?.destroy();
    };
    // load and draw are fresh closures every render; the caller names what the chart depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps);

  return { canvas, ready };
}

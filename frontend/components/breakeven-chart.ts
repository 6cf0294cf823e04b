import ApexCharts from 'apexcharts';

/**
 * <breakeven-chart>: draws a chart spec sent by the server-side CostChart component.
 * The spec is plain data (JSON); formatting functions are chosen here by name, since
 * functions cannot travel as JSON.
 */

type Format = 'TOKENS_LOG10' | 'TOKENS' | 'DOLLARS' | 'DOLLARS_LOG10' | 'MONTH' | 'PLAIN';

interface SeriesSpec {
  name: string;
  type: 'line' | 'rangeArea' | 'area' | 'bar' | 'heatmap';
  color?: string;
  dashed?: boolean;
  /** [x, y] points, or [x, low, high] for a range. */
  points: number[][];
  /** A line of text for each point's tooltip, shown as text. */
  notes?: string[] | null;
}

interface MarkerSpec {
  x: number;
  label: string;
  color: string;
}

interface ChartSpec {
  title?: string;
  height: number;
  xAxis: { title: string; format: Format; min?: number | null; max?: number | null };
  yAxis: { title: string; format: Format; min?: number | null; max?: number | null };
  series: SeriesSpec[];
  markers: MarkerSpec[];
  /** Named x values for bars and heat maps; points are then [category index, value]. */
  categories?: string[] | null;
  stacked?: boolean;
  horizontal?: boolean;
}

const SUFFIXES: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

/** Drops trailing zeros after a decimal point: "2.50" to "2.5", "3.00" to "3", "100" stays. */
function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;
}

function tokens(value: number): string {
  for (const [size, suffix] of SUFFIXES) {
    if (Math.abs(value) >= size * 0.9995) {
      const scaled = value / size;
      return trimZeros(scaled >= 100 ? scaled.toFixed(0) : scaled >= 10 ? scaled.toFixed(1) : scaled.toFixed(2)) + suffix;
    }
  }
  return value.toFixed(0);
}

function dollars(value: number): string {
  if (value === null || value === undefined || Number.isNaN(value)) {
    return '';
  }
  if (Math.abs(value) >= 1e6) {
    return '$' + trimZeros((value / 1e6).toFixed(2)) + 'M';
  }
  if (Math.abs(value) >= 100) {
    return '$' + Math.round(value).toLocaleString('en-US');
  }
  return '$' + value.toFixed(2);
}

function formatter(format: Format): (value: number) => string {
  switch (format) {
    case 'TOKENS_LOG10':
      return (value) => tokens(Math.pow(10, value));
    case 'TOKENS':
      return (value) => tokens(value);
    case 'DOLLARS':
      return (value) => dollars(value);
    case 'DOLLARS_LOG10':
      return (value) => dollars(Math.pow(10, value));
    case 'MONTH':
      return (value) => `Month ${Math.round(value)}`;
    default:
      return (value) => String(value);
  }
}

/** One tick per decade on a log10 axis with whole-number bounds. */
function ticks(min: number | null | undefined, max: number | null | undefined, fallback: number | undefined) {
  return min !== undefined && max !== undefined && min !== null && max !== null
    ? Math.max(1, Math.round(max - min))
    : fallback;
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * ApexCharts writes legend and tooltip text as HTML (innerHTML), and series and category
 * names are typed by users: escaped there, a name shows as typed and never runs. Axis
 * labels, titles and data labels are SVG text nodes, so they get the plain text.
 */
function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/** Legend text is HTML to ApexCharts: names are escaped. */
function legend(): ApexLegend {
  return { show: true, position: 'top', horizontalAlign: 'left', formatter: escapeHtml };
}

/** A tooltip's series name, escaped, followed by ": " as ApexCharts' own title formatter does. */
function seriesTitle(name: string): string {
  return name ? escapeHtml(name) + ': ' : '';
}

/** Heat-map cells: below 0 are codes, -1 not reached, -2 the model does not fit, -3 not priced. */
function heatLabel(value: number, format: (value: number) => string): string {
  if (value === null || value === undefined || value <= -2.5) {
    return 'not priced';
  }
  if (value <= -1.5) {
    return 'does not fit';
  }
  return value < 0 ? 'not reached' : format(value);
}

/** Bars and heat maps: named categories along x. */
function categoricalOptions(spec: ChartSpec, onRendered: () => void): ApexCharts.ApexOptions {
  const heatmap = spec.series.some((s) => s.type === 'heatmap');
  const categories = spec.categories ?? [];
  const y = formatter(spec.yAxis.format);
  const options: ApexCharts.ApexOptions = {
    chart: {
      type: heatmap ? 'heatmap' : 'bar',
      height: spec.height,
      stacked: spec.stacked ?? false,
      animations: { enabled: false },
      toolbar: { show: true, tools: { download: true } },
      fontFamily: 'inherit',
      events: { mounted: onRendered, updated: onRendered },
    },
    series: spec.series.map((s) => ({
      name: s.name,
      data: heatmap
        ? s.points.map((p) => ({ x: categories[p[0]] ?? String(p[0]), y: p[1] }))
        : s.points.map((p) => p[1]),
    })) as ApexAxisChartSeries,
    colors: heatmap ? ['#2b8a3e'] : spec.series.map((s) => s.color ?? '#1676f3'),
    plotOptions: {
      bar: { horizontal: spec.horizontal ?? false },
      heatmap: {
        enableShades: true,
        colorScale: {
          ranges: [
            { from: -3.5, to: -2.5, color: '#fff3bf', name: 'not priced' },
            { from: -2.5, to: -1.5, color: '#f1f3f5', name: 'model does not fit' },
            { from: -1.5, to: -0.5, color: '#ced4da', name: 'not reached' },
            { from: 0, to: 8, color: '#2b8a3e', name: 'under 100M' },
            { from: 8, to: 9, color: '#69db7c', name: '100M to 1B' },
            { from: 9, to: 10, color: '#b2f2bb', name: '1B to 10B' },
            { from: 10, to: 20, color: '#ebfbee', name: 'over 10B' },
          ],
        },
      },
    },
    dataLabels: heatmap
      ? { enabled: true, style: { colors: ['#212529'] }, formatter: (value: number) => heatLabel(value, y) }
      : { enabled: false },
    legend: legend(),
    // The x-axis tooltip would be one more HTML sink for category names; the tooltip shows them already.
    xaxis: heatmap ? { type: 'category', title: { text: spec.xAxis.title }, tooltip: { enabled: false } } : {
      categories,
      title: { text: spec.xAxis.title },
      labels: spec.horizontal ? { formatter: (value: string) => y(Number(value)) } : {},
      tooltip: { enabled: false },
    },
    yaxis: {
      title: { text: spec.yAxis.title },
      labels: spec.horizontal || heatmap ? {} : { formatter: (value: number) => y(value) },
    },
    tooltip: {
      x: { formatter: escapeHtml },
      y: {
        formatter: (value: number, context?: { seriesIndex: number; dataPointIndex: number }) => {
          const text = heatmap ? heatLabel(value, y) : y(value);
          const note = context ? spec.series[context.seriesIndex]?.notes?.[context.dataPointIndex] : undefined;
          return escapeHtml(note ? text + ' · ' + note : text);
        },
        title: { formatter: seriesTitle },
      },
    },
  };
  if (spec.title) {
    options.title = { text: spec.title };
  }
  return options;
}

function toApexOptions(spec: ChartSpec, onRendered: () => void): ApexCharts.ApexOptions {
  if (spec.categories) {
    return categoricalOptions(spec, onRendered);
  }
  const hasRange = spec.series.some((s) => s.type === 'rangeArea');
  const x = formatter(spec.xAxis.format);
  const y = formatter(spec.yAxis.format);
  const options: ApexCharts.ApexOptions = {
    chart: {
      type: hasRange ? 'rangeArea' : spec.series[0]?.type === 'bar' ? 'bar' : 'line',
      height: spec.height,
      animations: { enabled: false },
      toolbar: { show: true, tools: { download: true, zoom: false, zoomin: false, zoomout: false, pan: false, reset: false } },
      zoom: { enabled: false },
      fontFamily: 'inherit',
      events: { mounted: onRendered, updated: onRendered },
    },
    series: spec.series.map((s) => ({
      name: s.name,
      type: s.type,
      data: s.points.map((p) => (s.type === 'rangeArea' ? { x: p[0], y: [p[1], p[2]] } : { x: p[0], y: p[1] })),
    })) as ApexAxisChartSeries,
    colors: spec.series.map((s) => s.color ?? '#1676f3'),
    stroke: {
      curve: 'straight',
      width: spec.series.map((s) => (s.type === 'rangeArea' ? 0 : 3)),
      dashArray: spec.series.map((s) => (s.dashed ? 6 : 0)),
    },
    fill: { opacity: spec.series.map((s) => (s.type === 'rangeArea' ? 0.25 : 1)) },
    dataLabels: { enabled: false },
    legend: legend(),
    xaxis: {
      type: 'numeric',
      min: spec.xAxis.min ?? undefined,
      max: spec.xAxis.max ?? undefined,
      tickAmount: spec.xAxis.format === 'TOKENS_LOG10' ? ticks(spec.xAxis.min, spec.xAxis.max, 10) : undefined,
      title: { text: spec.xAxis.title },
      labels: { formatter: (value: string) => x(Number(value)) },
      tooltip: { enabled: false },
    },
    yaxis: {
      min: spec.yAxis.min ?? undefined,
      max: spec.yAxis.max ?? undefined,
      tickAmount: spec.yAxis.format === 'DOLLARS_LOG10' ? ticks(spec.yAxis.min, spec.yAxis.max, 6) : undefined,
      title: { text: spec.yAxis.title },
      labels: { formatter: (value: number) => y(value) },
    },
    tooltip: {
      shared: true,
      intersect: false,
      x: { formatter: (value: number) => escapeHtml(x(value)) },
      y: { formatter: (value: number) => escapeHtml(y(value)), title: { formatter: seriesTitle } },
    },
    annotations: {
      xaxis: spec.markers.map((m) => ({
        x: m.x,
        borderColor: m.color,
        strokeDashArray: 4,
        label: {
          text: m.label,
          orientation: 'horizontal',
          borderColor: m.color,
          style: { background: m.color, color: '#fff' },
        },
      })),
    },
    grid: { strokeDashArray: 3 },
  };
  // An explicit undefined would replace ApexCharts' defaults, so a title is only set when there is one.
  if (spec.title) {
    options.title = { text: spec.title };
  }
  return options;
}

export class BreakevenChart extends HTMLElement {
  private chart?: ApexCharts;
  private specJson = '';
  /** Counts repaints, so tests and benchmarks can wait for the chart to catch up. */
  renderCount = 0;

  set spec(value: string) {
    this.specJson = value;
    this.scheduleDraw();
  }

  private drawPending = false;

  /**
   * Draws after the next frame has painted, in a task of its own: the figures that arrived with
   * the same server answer show first, and one chart's drawing never holds up another's paint.
   * Several specs set before then draw once, the last one.
   */
  private scheduleDraw() {
    if (this.drawPending) {
      return;
    }
    this.drawPending = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        this.drawPending = false;
        this.draw();
      }, 0),
    );
  }

  get spec(): string {
    return this.specJson;
  }

  connectedCallback() {
    this.style.display = this.style.display || 'block';
    this.draw();
  }

  disconnectedCallback() {
    this.chart?.destroy();
    this.chart = undefined;
  }

  private draw() {
    if (!this.specJson || !this.isConnected) {
      return;
    }
    const options = toApexOptions(JSON.parse(this.specJson) as ChartSpec, () => this.rendered());
    if (this.chart) {
      this.chart.updateOptions(options, true, false, false);
    } else {
      this.chart = new ApexCharts(this, options);
      this.chart.render();
    }
  }

  private rendered() {
    // ApexCharts' own CSV download writes series names as they are, formulas included;
    // the app's exports guard them, so only the PNG and SVG downloads stay in the menu.
    this.querySelectorAll('.apexcharts-menu-item.exportCSV').forEach((item) => item.remove());
    this.renderCount++;
    this.setAttribute('data-render-count', String(this.renderCount));
    this.dispatchEvent(new CustomEvent('chart-rendered', { detail: this.renderCount }));
  }
}

customElements.define('breakeven-chart', BreakevenChart);

declare global {
  interface HTMLElementTagNameMap {
    'breakeven-chart': BreakevenChart;
  }
}

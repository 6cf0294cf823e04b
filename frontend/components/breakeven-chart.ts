import ApexCharts from 'apexcharts';

/**
 * <breakeven-chart>: draws a chart spec sent by the server-side CostChart component.
 * The spec is plain data (JSON); formatting functions are chosen here by name, since
 * functions cannot travel as JSON.
 */

type Format = 'TOKENS_LOG10' | 'TOKENS' | 'DOLLARS' | 'DOLLARS_LOG10' | 'MONTH' | 'DATE' | 'PLAIN';

interface SeriesSpec {
  name: string;
  type: 'line' | 'step' | 'rangeArea' | 'area' | 'bar' | 'heatmap';
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

/**
 * One band of a number style, sent by the server (Formats on the Java side), so headlines,
 * tables, tooltips and axes read the same: values of at least {@code from} are divided by
 * {@code divisor} and shown with up to {@code decimals} decimals (exactly that many when
 * {@code fixed}), grouped by thousands, followed by {@code suffix}.
 */
interface Band {
  from: number;
  divisor: number;
  suffix: string;
  decimals: number;
  fixed: boolean;
}

interface NumberStyles {
  money: Band[];
  tokens: Band[];
}

/** The styles, the same for every chart: set by the first chart that receives them. */
let styles: NumberStyles = { money: [], tokens: [] };

/** Formats as the server's Formats does: "−" for negatives, the first band the value reaches. */
export function banded(value: number, bands: Band[], prefix: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '';
  }
  if (value < 0) {
    return '\u2212' + banded(-value, bands, prefix);
  }
  if (value === 0) {
    return prefix + '0';
  }
  const band = bands.find((b) => value >= b.from) ?? bands[bands.length - 1];
  if (!band) {
    return prefix + String(value);
  }
  const shown = (value / band.divisor).toLocaleString('en-US', {
    minimumFractionDigits: band.fixed ? band.decimals : 0,
    maximumFractionDigits: band.decimals,
  });
  return prefix + shown + band.suffix;
}

function tokens(value: number): string {
  return banded(value, styles.tokens, '');
}

function dollars(value: number): string {
  return banded(value, styles.money, '$');
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
    case 'DATE':
      return (value) => (Number.isFinite(value) ? new Date(Math.round(value) * 86_400_000).toISOString().slice(0, 10) : '');
    default:
      return (value) => String(value);
  }
}

/**
 * Whole-month ticks at every horizon: every month up to 12, then every 3, 6 or 12 months
 * from month 0, the axis running to the next whole step.
 */
export function monthTicks(last: number): { min: number; max: number; tickAmount: number } {
  const n = Math.max(1, Math.round(last));
  if (n <= 12 && n >= 2) {
    return { min: 1, max: n, tickAmount: n - 1 };
  }
  const step = n < 2 ? 1 : n <= 24 ? 3 : n <= 72 ? 6 : 12;
  const top = Math.ceil(n / step) * step;
  return { min: 0, max: top, tickAmount: top / step };
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
      // A copy: ApexCharts may change the array it is given, and the spec is drawn again on reattach.
      categories: [...categories],
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
  if (spec.horizontal) {
    // On a phone, four dollar ticks along a horizontal bar rather than labels running into each other.
    options.responsive = [{ breakpoint: 600, options: { xaxis: { tickAmount: 4 } } }];
  } else if (heatmap) {
    // On a phone a cell is too narrow for its words: the colours and their legend say it.
    options.responsive = [{ breakpoint: 600, options: { dataLabels: { enabled: false } } }];
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
      type: s.type === 'step' ? 'line' : s.type,
      data: s.points.map((p) => (s.type === 'rangeArea' ? { x: p[0], y: [p[1], p[2]] } : { x: p[0], y: p[1] })),
    })) as ApexAxisChartSeries,
    colors: spec.series.map((s) => s.color ?? '#1676f3'),
    stroke: {
      curve: spec.series.map((s) => (s.type === 'step' ? 'stepline' : 'straight')),
      width: spec.series.map((s) => (s.type === 'rangeArea' ? 0 : 3)),
      dashArray: spec.series.map((s) => (s.dashed ? 6 : 0)),
    },
    fill: { opacity: spec.series.map((s) => (s.type === 'rangeArea' ? 0.25 : 1)) },
    dataLabels: { enabled: false },
    legend: legend(),
    xaxis: spec.xAxis.format === 'MONTH' ? {
      type: 'numeric',
      ...monthTicks(spec.xAxis.max ?? Math.max(1, ...spec.series.flatMap((s) => s.points.map((p) => p[0])))),
      title: { text: spec.xAxis.title },
      labels: { formatter: (value: string) => String(Math.round(Number(value))) },
      tooltip: { enabled: false },
    } : {
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

/** A text cell: quoted when needed; a leading = + - @ is kept as text, never run as a formula. */
function textCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? "'" + text : text;
  return /[",\n\r]/.test(safe) ? '"' + safe.replace(/"/g, '""') + '"' : safe;
}

/** The value a point stands for: log10 axes undone, dollars to the cent, volumes and months whole. */
function real(format: Format, value: number): number | string {
  if (value === null || value === undefined || !Number.isFinite(value)) {
    return '';
  }
  switch (format) {
    case 'TOKENS_LOG10':
      return Math.round(Math.pow(10, value));
    case 'DOLLARS_LOG10':
      return Math.round(Math.pow(10, value) * 100) / 100;
    case 'DOLLARS':
      return Math.round(value * 100) / 100;
    case 'TOKENS':
    case 'MONTH':
      return Math.round(value);
    case 'DATE':
      return new Date(Math.round(value) * 86_400_000).toISOString().slice(0, 10);
    default:
      return value;
  }
}

/** What an axis is called in a CSV header. */
function header(title: string, fallback: string): string {
  return textCell(title.replace(/\s*\(log scale\)/, '') || fallback);
}

/**
 * The chart's data as CSV: the x values in the first column (real volumes, months or
 * categories), then one column per series (a range series gives its low and its high).
 */
export function chartCsv(spec: ChartSpec): string {
  const rows: string[] = [];
  if (spec.categories) {
    const heatmap = spec.series.some((s) => s.type === 'heatmap');
    const y = formatter(spec.yAxis.format);
    if (heatmap) {
      rows.push([header(spec.yAxis.title, 'Series'), ...spec.categories.map(textCell)].join(','));
      for (const s of spec.series) {
        const cells = spec.categories.map((_, i) => {
          const point = s.points.find((p) => p[0] === i);
          return point === undefined ? '' : point[1] < 0 ? textCell(heatLabel(point[1], y)) : String(real(spec.yAxis.format, point[1]));
        });
        rows.push([textCell(s.name), ...cells].join(','));
      }
    } else {
      rows.push([header(spec.xAxis.title, 'Category'), ...spec.series.map((s) => textCell(s.name))].join(','));
      spec.categories.forEach((category, i) => {
        const cells = spec.series.map((s) => {
          const point = s.points.find((p) => p[0] === i);
          return point === undefined ? '' : String(real(spec.yAxis.format, point[1]));
        });
        rows.push([textCell(category), ...cells].join(','));
      });
    }
    return rows.join('\r\n') + '\r\n';
  }
  const columns: string[] = [header(spec.xAxis.title, 'x')];
  for (const s of spec.series) {
    if (s.type === 'rangeArea') {
      columns.push(textCell(s.name + ' (low)'), textCell(s.name + ' (high)'));
    } else {
      columns.push(textCell(s.name));
    }
  }
  rows.push(columns.join(','));
  const xs = [...new Set(spec.series.flatMap((s) => s.points.map((p) => p[0])))].sort((a, b) => a - b);
  for (const x of xs) {
    const cells: string[] = [String(real(spec.xAxis.format, x))];
    for (const s of spec.series) {
      const point = s.points.find((p) => p[0] === x);
      const width = s.type === 'rangeArea' ? 2 : 1;
      for (let i = 1; i <= width; i++) {
        cells.push(point === undefined ? '' : String(real(spec.yAxis.format, point[i])));
      }
    }
    rows.push(cells.join(','));
  }
  return rows.join('\r\n') + '\r\n';
}

/** "Cost against volume" to "cost-against-volume"; letters of any script kept. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

function save(href: string, fileName: string) {
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
}

/**
 * The page's charts waiting to draw. A chart in view draws soon: one a task, after the frame
 * that shows the figures which came with it. A chart out of view waits until it scrolls into
 * view, or until the user has pressed no key and no pointer for {@link DrawQueue.IDLE_MS}, or
 * until the page prints: while a slider moves, the browser draws only what the user can see,
 * and a page just opened draws the rest right after what is in view.
 */
class DrawQueue {
  static readonly IDLE_MS = 400;
  private readonly waiting = new Set<BreakevenChart>();
  private readonly outOfView = new Set<BreakevenChart>();
  private scheduled = false;
  private idle?: number;
  /** When the user last pressed a key or a pointer; never, on a page just opened. */
  private lastInput = -Infinity;

  add(chart: BreakevenChart) {
    if (chart.onScreen()) {
      this.outOfView.delete(chart);
      this.now(chart);
    } else {
      this.outOfView.add(chart);
    }
    this.restartIdle();
  }

  /** A key or a press: the charts out of view wait for the next lull, so the page answers first. */
  userActive() {
    this.lastInput = performance.now();
    if (this.outOfView.size > 0 || this.waiting.size > 0) {
      this.restartIdle();
    }
  }

  /** A chart came into view: if it waits, it draws now. */
  cameIntoView(chart: BreakevenChart) {
    if (this.outOfView.delete(chart)) {
      this.now(chart);
    }
  }

  /** Every chart still waiting draws at once, as printing needs. */
  drawAll() {
    const charts = [...this.waiting, ...this.outOfView];
    this.waiting.clear();
    this.outOfView.clear();
    charts.forEach((c) => c.drawNow());
  }

  private restartIdle() {
    if (this.idle !== undefined) {
      clearTimeout(this.idle);
    }
    const lull = Math.max(0, this.lastInput + DrawQueue.IDLE_MS - performance.now());
    this.idle = window.setTimeout(() => {
      this.idle = undefined;
      const later = [...this.outOfView];
      this.outOfView.clear();
      later.forEach((c) => this.now(c));
    }, lull);
  }

  private now(chart: BreakevenChart) {
    this.waiting.add(chart);
    if (!this.scheduled) {
      this.scheduled = true;
      requestAnimationFrame(() => setTimeout(() => this.next(), 0));
    }
  }

  private next() {
    const charts = [...this.waiting];
    // The highest on the page of those in view: the one the user reads first.
    const inView = charts
      .filter((c) => c.isConnected && c.inViewNow())
      .reduce<BreakevenChart | undefined>(
        (top, c) => (!top || top.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_PRECEDING ? c : top),
        undefined,
      );
    if (!inView && this.idle !== undefined) {
      // The page changed again while the charts out of view caught up: they wait for the next lull.
      charts.forEach((c) => this.outOfView.add(c));
      this.waiting.clear();
    }
    const chart = inView ?? charts[0];
    if (chart && this.waiting.has(chart)) {
      this.waiting.delete(chart);
      chart.drawNow();
    }
    if (this.waiting.size > 0) {
      setTimeout(() => this.next(), 0);
    } else {
      this.scheduled = false;
    }
  }
}

const drawQueue = new DrawQueue();

/**
 * Which charts are in view, kept by the browser as the page scrolls: the queue reads a flag
 * rather than measuring the page between two drawings, which would make it lay out again.
 */
const visibility = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    const chart = entry.target as BreakevenChart;
    chart.inView = entry.isIntersecting;
    chart.seen = true;
    if (entry.isIntersecting) {
      drawQueue.cameIntoView(chart);
    }
  }
});

window.addEventListener('beforeprint', () => drawQueue.drawAll());
window.addEventListener('keydown', () => drawQueue.userActive(), true);
window.addEventListener('pointerdown', () => drawQueue.userActive(), true);

export class BreakevenChart extends HTMLElement {
  private chart?: ApexCharts;
  private specJson = '';
  /** The spec read once from its JSON, for the drawing; undefined when there is none. */
  private parsed?: ChartSpec;
  /** Counts repaints, so tests and benchmarks can wait for the chart to catch up. */
  renderCount = 0;

  set spec(value: string) {
    this.specJson = value;
    this.parsed = value ? (JSON.parse(value) as ChartSpec) : undefined;
    // The chart's room is kept before it draws: the page does not move when it does, and the
    // queue sees which charts are in view where they will be.
    const height = this.parsed?.height ?? 0;
    this.style.minHeight = height > 0 ? `${height}px` : '';
    this.scheduleDraw();
  }

  /** The server's number styles (JSON), the same for every chart. */
  set numberStyles(value: string) {
    if (value) {
      const first = styles.money.length === 0;
      styles = JSON.parse(value) as NumberStyles;
      if (first) {
        window.dispatchEvent(new Event('breakeven-number-styles'));
      }
    }
  }

  /** Whether any of the chart is inside the window, as the page's observer last saw it. */
  inView = false;
  /** Whether the observer has reported on the chart since it was attached. */
  seen = false;

  onScreen(): boolean {
    return this.inView;
  }

  /**
   * Whether it is in view, for the queue's choice between two drawings: as the observer last saw
   * it, or measured on a page just built, which the observer has not reported on yet. The queue
   * chooses after a frame, so the measure reads the layout that frame made.
   */
  inViewNow(): boolean {
    if (this.seen) {
      return this.inView;
    }
    const box = this.getBoundingClientRect();
    return box.width > 0 && box.bottom > 0 && box.top < window.innerHeight;
  }

  /**
   * Draws through one queue for the page (see DrawQueue): in view, after the next frame has
   * painted, one chart a task, so the figures that arrived with the same server answer show
   * first; out of view, once it scrolls into view or the page is idle, so a chart the user is
   * looking at never waits behind one they cannot see. Several specs set before then draw
   * once, the last one.
   */
  private scheduleDraw() {
    drawQueue.add(this);
  }

  /** Draws now; for the queue. */
  drawNow() {
    this.draw();
  }

  get spec(): string {
    return this.specJson;
  }

  connectedCallback() {
    this.style.display = this.style.display || 'block';
    this.seen = false;
    visibility.observe(this);
    // Through the queue, as a new spec is: a page being built shows its figures before its charts.
    if (this.specJson) {
      drawQueue.add(this);
    }
  }

  disconnectedCallback() {
    visibility.unobserve(this);
    this.chart?.destroy();
    this.chart = undefined;
  }

  private draw() {
    if (!this.parsed || !this.isConnected) {
      return;
    }
    const options = toApexOptions(this.parsed, () => this.rendered());
    if (this.chart) {
      this.chart.updateOptions(options, true, false, false);
    } else {
      this.chart = new ApexCharts(this, options);
      this.chart.render();
    }
  }

  /** A figure as the charts show it, for tests that hold it against the server's Formats. */
  static format(kind: 'money' | 'tokens', value: number): string {
    return kind === 'money' ? dollars(value) : tokens(value);
  }

  /** The chart's data as CSV, as its menu's "Download CSV" saves it. */
  csv(): string {
    return this.specJson ? chartCsv(JSON.parse(this.specJson) as ChartSpec) : '';
  }

  /** The chart's title: given by the page, else the heading of the card it sits in. */
  chartTitle(): string {
    return this.getAttribute('data-title') || this.closest('.chart-card')?.querySelector('h3, h4')?.textContent || '';
  }

  /** The scenario the page shows, from the nearest element that names it. */
  scenarioName(): string {
    return this.closest('[data-scenario]')?.getAttribute('data-scenario') ?? '';
  }

  /** "<scenario>-<chart>", for the downloads. */
  fileName(): string {
    return [this.scenarioName(), this.chartTitle()].map(slug).filter(Boolean).join('-') || 'chart';
  }

  /** A PNG or SVG carrying the chart's title and the scenario's name, named after both. */
  private async exportImage(kind: 'png' | 'svg') {
    const chart = this.chart;
    if (!chart) {
      return;
    }
    const spec = JSON.parse(this.specJson) as ChartSpec;
    await chart.updateOptions(
      { title: { text: this.chartTitle() || spec.title }, subtitle: { text: this.scenarioName() || undefined } },
      false,
      false,
      false,
    );
    try {
      if (kind === 'png') {
        const result = (await chart.dataURI()) as { imgURI?: string };
        if (result.imgURI) {
          save(result.imgURI, this.fileName() + '.png');
        }
      } else {
        const svg = (await (chart as unknown as { getSvgString(): Promise<string> }).getSvgString()) as string;
        const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
        save(url, this.fileName() + '.svg');
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      }
    } finally {
      await chart.updateOptions({ title: { text: spec.title }, subtitle: { text: undefined } }, false, false, false);
    }
  }

  private exportCsv() {
    const url = URL.createObjectURL(new Blob(['\ufeff' + this.csv()], { type: 'text/csv;charset=utf-8' }));
    save(url, this.fileName() + '.csv');
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /**
   * The menu's downloads are ours: ApexCharts' CSV would write log10 positions and series
   * names as they are (formulas included), and its images carry no title.
   */
  private ownMenu() {
    const handlers: [string, () => void][] = [
      ['exportSVG', () => void this.exportImage('svg')],
      ['exportPNG', () => void this.exportImage('png')],
      ['exportCSV', () => this.exportCsv()],
    ];
    for (const [kind, handler] of handlers) {
      const item = this.querySelector('.apexcharts-menu-item.' + kind);
      if (!item || item.hasAttribute('data-own')) {
        continue;
      }
      const own = item.cloneNode(true) as HTMLElement;
      own.setAttribute('data-own', '');
      own.addEventListener('click', () => {
        this.querySelector('.apexcharts-menu')?.classList.remove('apexcharts-menu-open');
        handler();
      });
      item.replaceWith(own);
    }
  }

  private rendered() {
    this.ownMenu();
    // A view box the size drawn, so printing (which narrows the page) scales the chart to the
    // page's width instead of cutting it; on screen it draws exactly as before.
    const svg = this.querySelector('svg.apexcharts-svg');
    const width = svg?.getAttribute('width');
    const height = svg?.getAttribute('height');
    if (svg && width && height && Number(width) > 0) {
      svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
      svg.setAttribute('preserveAspectRatio', 'xMinYMin meet');
    }
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

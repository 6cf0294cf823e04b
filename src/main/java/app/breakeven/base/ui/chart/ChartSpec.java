package app.breakeven.base.ui.chart;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a chart shows, as plain data for {@code <breakeven-chart>}: axes, series and
 * vertical markers. Formats are names the browser side maps to formatting functions.
 */
public record ChartSpec(
        String title,
        int height,
        Axis xAxis,
        ValueAxis yAxis,
        List<Series> series,
        List<Marker> markers,
        List<String> categories,
        boolean stacked,
        boolean horizontal) {

    public ChartSpec {
        series = List.copyOf(series);
        markers = List.copyOf(markers);
        categories = categories == null ? null : List.copyOf(categories);
    }

    /** A chart over a numeric x axis. */
    public ChartSpec(String title, int height, Axis xAxis, ValueAxis yAxis, List<Series> series, List<Marker> markers) {
        this(title, height, xAxis, yAxis, series, markers, null, false, false);
    }

    /**
     * A chart over named categories (bars, a heat map); each point is [category index, value].
     * A heat-map value below 0 means "none" and is drawn grey.
     */
    public static ChartSpec categorical(
            String title,
            int height,
            List<String> categories,
            ValueAxis valueAxis,
            List<Series> series,
            boolean stacked,
            boolean horizontal) {
        return new ChartSpec(
                title,
                height,
                new Axis("", Format.PLAIN, null, null),
                valueAxis,
                series,
                List.of(),
                categories,
                stacked,
                horizontal);
    }

    public enum Format {
        /** x is log10 of a token volume: labels show the volume. */
        TOKENS_LOG10,
        TOKENS,
        DOLLARS,
        /** y is log10 of dollars: labels show the dollars. */
        DOLLARS_LOG10,
        MONTH,
        /** x is days since 1970-01-01 (UTC): labels show the date. */
        DATE,
        PLAIN
    }

    public enum SeriesType {
        LINE("line"),
        /** A line that holds its value until the next point: a price between changes. */
        STEP("step"),
        RANGE("rangeArea"),
        AREA("area"),
        BAR("bar"),
        HEATMAP("heatmap");

        private final String apex;

        SeriesType(String apex) {
            this.apex = apex;
        }

        @JsonValue
        public String apex() {
            return apex;
        }
    }

    public record Axis(String title, Format format, Double min, Double max) {}

    public record ValueAxis(String title, Format format, Double min, Double max) {}

    /**
     * log10 of a positive amount, for log-scale axes (ApexCharts' own log scale breaks
     * range bands, so the scale is applied here and undone by the axis format).
     * Amounts below {@code floor} are drawn at the floor.
     */
    public static double log10(double value, double floor) {
        return Math.log10(Math.max(value, floor));
    }

    /**
     * One series.
     *
     * @param points [x, y] pairs, or [x, low, high] triples for a {@link SeriesType#RANGE}
     * @param notes  a line of text for each point's tooltip (a heat-map cell's hardware and
     *               throughput source), shown as text; null for none
     */
    public record Series(
            String name,
            SeriesType type,
            String color,
            boolean dashed,
            @JsonSerialize(using = ChartNumbers.class) double[][] points,
            List<String> notes) {

        public Series(String name, SeriesType type, String color, boolean dashed, double[][] points) {
            this(name, type, color, dashed, points, null);
        }
    }

    /** A vertical line at x with a label, such as "now" or "break-even". */
    public record Marker(double x, String label, String color) {}
}

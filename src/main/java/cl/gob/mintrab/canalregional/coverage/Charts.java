package cl.gob.mintrab.canalregional.coverage;

import cl.gob.mintrab.canalregional.support.Formats;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.time.Month;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * The charts of the public employment pages, drawn on the server with JFreeChart and written as inline SVG by
 * JFreeSVG: no script, text stays text (numbers in Spanish format, 1.234,5), and each chart is a single series in
 * one colour with its values written on it, so colour carries no meaning of its own. Every chart comes with a
 * table holding the same data; the SVG is marked as an image with a Spanish description that says so.
 */
public final class Charts {

    /** A bar: category label and value. */
    public record Bar(String label, Number value) {
    }

    /** A point of a monthly series. */
    public record Point(YearMonth month, Number value) {
    }

    private static final int WIDTH = 760;
    private static final Color INK = new Color(0x1A, 0x1A, 0x1A);
    private static final Color PRIMARY = new Color(0x00, 0x6F, 0xB3);
    private static final Color NAVY = new Color(0x0A, 0x13, 0x2D);
    private static final Color GRID = new Color(0xC8, 0xC8, 0xC8);
    private static final String FAMILY = "SansSerif";
    private static final Font TICK = new Font(FAMILY, Font.PLAIN, 13);
    private static final Font LABEL = new Font(FAMILY, Font.BOLD, 13);
    private static final Pattern SVG_OPEN = Pattern.compile("^<svg ");
    private static final int MAX_LABEL = 42;

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private Charts() {
    }

    /** Horizontal bars, one per category, each with its value written at its end. */
    public static String bars(String id, String description, String valueAxisLabel, List<Bar> bars,
                              NumberFormat format) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (Bar bar : bars) {
            data.addValue(bar.value(), "serie", shorten(bar.label()));
        }
        CategoryAxis categories = new CategoryAxis(null);
        categories.setTickLabelFont(TICK);
        categories.setTickLabelPaint(INK);
        categories.setMaximumCategoryLabelWidthRatio(0.4f);
        categories.setCategoryMargin(0.25);
        NumberAxis values = new NumberAxis(valueAxisLabel);
        values.setNumberFormatOverride(format);
        values.setTickLabelFont(TICK);
        values.setTickLabelPaint(INK);
        values.setLabelFont(LABEL);
        values.setLabelPaint(INK);
        values.setUpperMargin(0.18);
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setDrawBarOutline(false);
        renderer.setSeriesPaint(0, PRIMARY);
        renderer.setMaximumBarWidth(0.08);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", format));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(LABEL);
        renderer.setDefaultItemLabelPaint(INK);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3,
                TextAnchor.CENTER_LEFT));
        renderer.setItemLabelAnchorOffset(4);
        CategoryPlot plot = new CategoryPlot(data, categories, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setDomainGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(8, 4, 8, 16));
        int height = 70 + Math.max(1, bars.size()) * 30;
        return render(id, description, chart(plot), height);
    }

    /**
     * A monthly line with a marker on each point; the first, last, lowest and highest values are written next to
     * their points.
     */
    public static String line(String id, String description, String valueAxisLabel, List<Point> points,
                              NumberFormat format) {
        TimeSeries series = new TimeSeries("serie");
        for (Point p : points) {
            series.addOrUpdate(new Month(p.month().getMonthValue(), p.month().getYear()), p.value());
        }
        TimeSeriesCollection data = new TimeSeriesCollection(series, TimeZone.getTimeZone(Formats.ZONE));
        data.setXPosition(org.jfree.data.time.TimePeriodAnchor.MIDDLE);
        DateAxis months = new DateAxis(null, TimeZone.getTimeZone(Formats.ZONE), Formats.LOCALE);
        SimpleDateFormat monthFormat = new SimpleDateFormat("MMM yyyy", Formats.LOCALE);
        monthFormat.setTimeZone(TimeZone.getTimeZone(Formats.ZONE));
        months.setDateFormatOverride(monthFormat);
        months.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, points.size() > 18 ? 6 : 3));
        months.setTickLabelFont(TICK);
        months.setTickLabelPaint(INK);
        months.setLowerMargin(0.03);
        months.setUpperMargin(0.06);
        NumberAxis values = new NumberAxis(valueAxisLabel);
        values.setNumberFormatOverride(format);
        values.setAutoRangeIncludesZero(false);
        values.setTickLabelFont(TICK);
        values.setTickLabelPaint(INK);
        values.setLabelFont(LABEL);
        values.setLabelPaint(INK);
        values.setUpperMargin(0.15);
        values.setLowerMargin(0.15);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, NAVY);
        renderer.setSeriesStroke(0, new BasicStroke(2.5f));
        renderer.setSeriesShape(0, new Rectangle2D.Double(-3.5, -3.5, 7, 7));
        int[] labelled = labelledPoints(points);
        renderer.setDefaultItemLabelGenerator((dataset, s, item) -> {
            for (int i : labelled) {
                if (i == item) {
                    return format.format(dataset.getYValue(s, item));
                }
            }
            return null;
        });
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(LABEL);
        renderer.setDefaultItemLabelPaint(INK);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.BOTTOM_CENTER));
        renderer.setItemLabelAnchorOffset(9);
        XYPlot plot = new XYPlot(data, months, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlinePaint(GRID);
        plot.setInsets(new RectangleInsets(8, 4, 8, 16));
        return render(id, description, chart(plot), 320);
    }

    /** Indexes of the first, last, lowest and highest points. */
    static int[] labelledPoints(List<Point> points) {
        if (points.isEmpty()) {
            return new int[0];
        }
        int min = 0;
        int max = 0;
        for (int i = 1; i < points.size(); i++) {
            double v = points.get(i).value().doubleValue();
            if (v < points.get(min).value().doubleValue()) {
                min = i;
            }
            if (v > points.get(max).value().doubleValue()) {
                max = i;
            }
        }
        return new int[]{0, points.size() - 1, min, max};
    }

    private static JFreeChart chart(org.jfree.chart.plot.Plot plot) {
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setPadding(new RectangleInsets(4, 4, 4, 4));
        return chart;
    }

    private static String render(String id, String description, JFreeChart chart, int height) {
        SVGGraphics2D svg = new SVGGraphics2D(WIDTH, height);
        svg.setDefsKeyPrefix(id + "-");
        svg.setFontFunction(family -> "Roboto, Arial, sans-serif");
        chart.draw(svg, new Rectangle(0, 0, WIDTH, height));
        // JFreeSVG declares its own namespace prefix, which HTML does not allow on an inline <svg> (and nothing uses it)
        String element = svg.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, height), null, null)
                .replaceFirst(" xmlns:jfreesvg=(['\"])[^'\"]*\\1", "");
        String label = escape(description);
        return SVG_OPEN.matcher(element).replaceFirst("<svg class=\"chart\" role=\"img\" focusable=\"false\" aria-label=\""
                + label + "\" ");
    }

    private static String shorten(String label) {
        String text = label == null ? "" : label;
        return text.length() <= MAX_LABEL ? text : text.substring(0, MAX_LABEL - 1).trim() + "…";
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}

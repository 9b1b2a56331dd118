package gov.clearance.benchmark;

import gov.clearance.benchmark.LifecycleFigures.AppRun;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javax.imageio.ImageIO;

/**
 * The benchmark's chart, drawn with Java2D (headless): on the left, lifecycles per second of the
 * application on one and two nodes and of the bare engine; on the right, each endpoint's p50, p95 and p99
 * latency, one bar group per endpoint, for each cluster size measured.
 */
final class LifecycleChart {

    private static final int WIDTH = 1500;
    private static final int MARGIN = 40;
    private static final Color[] PERCENTILE_COLOURS = {new Color(0x4C78A8), new Color(0xF58518), new Color(0xE45756)};
    private static final Color[] THROUGHPUT_COLOURS = {new Color(0x4C78A8), new Color(0x72B7B2), new Color(0x9D9D9D)};

    private LifecycleChart() {
    }

    static void write(LifecycleFigures figures, Path file) throws IOException {
        List<String> endpoints = new ArrayList<>(new TreeSet<>(figures.appRuns().stream()
                .flatMap(run -> run.load().endpoints().keySet().stream()).toList()));
        int rowHeight = 16 * Math.max(1, figures.appRuns().size()) * 3 / 2 + 10;
        int height = Math.max(520, 140 + endpoints.size() * rowHeight);
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
            g.drawString("Clearance lifecycle benchmark: " + figures.options().clients() + " clients, "
                    + figures.at().toString().substring(0, 16).replace('T', ' ') + " UTC", MARGIN, 30);
            throughput(g, figures, MARGIN, 70, 420, height - 110);
            latencies(g, figures, endpoints, 560, 70, WIDTH - 560 - MARGIN, rowHeight);
        } finally {
            g.dispose();
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(image, "png", file.toFile());
    }

    private static void throughput(Graphics2D g, LifecycleFigures figures, int x, int y, int width, int height) {
        Map<String, Double> bars = new LinkedHashMap<>();
        for (AppRun run : figures.appRuns()) {
            bars.put("app, " + run.nodes() + (run.nodes() == 1 ? " node" : " nodes"), run.load().lifecyclesPerSecond());
        }
        figures.bareEngine().ifPresent(engine -> bars.put("bare engine", engine.load().lifecyclesPerSecond()));
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.setColor(Color.BLACK);
        g.drawString("Lifecycles per second", x, y);
        double max = niceMax(bars.values().stream().mapToDouble(Double::doubleValue).max().orElse(1));
        int top = y + 20;
        int bottom = y + height - 30;
        int left = x + 40;
        axis(g, left, top, bottom, width - 40, max);
        int slot = (width - 60) / Math.max(1, bars.size());
        int index = 0;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        for (Map.Entry<String, Double> bar : bars.entrySet()) {
            int barHeight = (int) Math.round((bottom - top) * bar.getValue() / max);
            int barX = left + 10 + index * slot;
            g.setColor(THROUGHPUT_COLOURS[Math.min(index, THROUGHPUT_COLOURS.length - 1)]);
            if (bar.getKey().equals("bare engine")) {
                g.setColor(THROUGHPUT_COLOURS[2]);
            }
            g.fillRect(barX, bottom - barHeight, slot - 20, barHeight);
            g.setColor(Color.BLACK);
            g.drawString(String.format(Locale.ROOT, "%.2f", bar.getValue()), barX + 4, bottom - barHeight - 4);
            g.drawString(bar.getKey(), barX, bottom + 16);
            index++;
        }
    }

    private static void latencies(Graphics2D g, LifecycleFigures figures, List<String> endpoints, int x, int y,
            int width, int rowHeight) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.setColor(Color.BLACK);
        g.drawString("Latency per endpoint, ms (p50, p95, p99; one group per cluster size)", x, y);
        double max = niceMax(figures.appRuns().stream().flatMap(run -> run.load().endpoints().values().stream())
                .mapToDouble(EndpointLatencies.Percentiles::p99).max().orElse(1));
        int labelWidth = 330;
        int left = x + labelWidth;
        int plotWidth = width - labelWidth - 60;
        int top = y + 30;
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int tick = 0; tick <= 4; tick++) {
            int tickX = left + plotWidth * tick / 4;
            g.setColor(new Color(0xDDDDDD));
            g.drawLine(tickX, top - 5, tickX, top + endpoints.size() * rowHeight);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.0f", max * tick / 4), tickX - 8, top - 8);
        }
        String[] names = {"p50", "p95", "p99"};
        for (int p = 0; p < names.length; p++) {
            g.setColor(PERCENTILE_COLOURS[p]);
            g.fillRect(x + labelWidth + plotWidth - 150 + p * 50, y - 12, 12, 12);
            g.setColor(Color.BLACK);
            g.drawString(names[p], x + labelWidth + plotWidth - 134 + p * 50, y - 2);
        }
        for (int row = 0; row < endpoints.size(); row++) {
            String endpoint = endpoints.get(row);
            int rowTop = top + row * rowHeight;
            g.setColor(Color.BLACK);
            g.drawString(endpoint, x, rowTop + 14);
            int barTop = rowTop + 2;
            for (AppRun run : figures.appRuns()) {
                EndpointLatencies.Percentiles p = run.load().endpoints().get(endpoint);
                if (p == null) {
                    continue;
                }
                double[] values = {p.p50(), p.p95(), p.p99()};
                // p99 behind p95 behind p50, so that each shows as far as it reaches
                for (int i = values.length - 1; i >= 0; i--) {
                    g.setColor(PERCENTILE_COLOURS[i]);
                    g.fillRect(left, barTop, (int) Math.round(plotWidth * values[i] / max), 12);
                }
                g.setColor(Color.DARK_GRAY);
                g.drawString(run.nodes() + "n " + String.format(Locale.ROOT, "%.0f/%.0f/%.0f", p.p50(), p.p95(), p.p99()),
                        left + (int) Math.round(plotWidth * p.p99() / max) + 4, barTop + 11);
                barTop += 16;
            }
        }
    }

    private static void axis(Graphics2D g, int left, int top, int bottom, int width, double max) {
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        for (int tick = 0; tick <= 4; tick++) {
            int tickY = bottom - (bottom - top) * tick / 4;
            g.setColor(new Color(0xDDDDDD));
            g.drawLine(left, tickY, left + width - 20, tickY);
            g.setColor(Color.DARK_GRAY);
            g.drawString(String.format(Locale.ROOT, "%.1f", max * tick / 4), left - 36, tickY + 4);
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1));
        g.drawLine(left, top, left, bottom);
        g.drawLine(left, bottom, left + width - 20, bottom);
    }

    private static double niceMax(double value) {
        if (value <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (value <= step * magnitude) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }
}

package cl.gob.mintrab.canalregional.content;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;

/**
 * Illustrations for the demo publications, drawn with Java2D (no text in them, so no fonts are needed and the
 * alternative text says all there is): a landscape, a rising bar chart, people around a table. Each region
 * gets its own variation from a seed.
 */
final class DemoImages {

    /** What an illustration shows, with the alternative text that describes it. */
    enum Motif {
        LANDSCAPE("Ilustración: cordillera nevada sobre un valle, con el mar al poniente"),
        CHART("Ilustración: gráfico de barras ascendente sobre fondo azul"),
        GATHERING("Ilustración: personas reunidas en torno a una mesa de trabajo");

        final String alt;

        Motif(String alt) {
            this.alt = alt;
        }
    }

    /** Drawing coordinates; the image itself is 960 × 540, the widest variant the pages use. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 720;
    private static final double SCALE = 0.75;

    private static final Color NAVY = new Color(0x0A132D);
    private static final Color BLUE = new Color(0x006FB3);
    private static final Color RED = new Color(0xE22C2C);

    private DemoImages() {
    }

    static byte[] png(Motif motif, long seed) {
        BufferedImage image = new BufferedImage((int) (WIDTH * SCALE), (int) (HEIGHT * SCALE), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(SCALE, SCALE);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Random random = new Random(seed);
            switch (motif) {
                case LANDSCAPE -> landscape(g, random);
                case CHART -> chart(g, random);
                case GATHERING -> gathering(g, random);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void landscape(Graphics2D g, Random random) {
        g.setPaint(new GradientPaint(0, 0, new Color(0x9CC9E8), 0, HEIGHT * 0.6f, new Color(0xE8F4FB)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0xFFD166));
        int sun = 70 + random.nextInt(40);
        g.fill(new Ellipse2D.Double(150 + random.nextInt(300), 80 + random.nextInt(60), sun, sun));
        // cordillera (east, right) with snow
        Path2D mountains = new Path2D.Double();
        mountains.moveTo(WIDTH * 0.25, HEIGHT * 0.62);
        double x = WIDTH * 0.25;
        while (x < WIDTH) {
            double peakX = x + 80 + random.nextInt(120);
            double peakY = HEIGHT * (0.18 + random.nextDouble() * 0.2);
            mountains.lineTo(peakX, peakY);
            x = peakX + 80 + random.nextInt(120);
            mountains.lineTo(x, HEIGHT * (0.42 + random.nextDouble() * 0.1));
        }
        mountains.lineTo(WIDTH, HEIGHT * 0.62);
        mountains.closePath();
        g.setColor(new Color(0x5B6C8F));
        g.fill(mountains);
        g.setColor(new Color(0xF5F7FA));
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(mountains);
        // valley and sea
        g.setColor(new Color(0x6A9B4E));
        g.fill(new Rectangle2D.Double(0, HEIGHT * 0.6, WIDTH, HEIGHT * 0.4));
        g.setColor(BLUE);
        Path2D sea = new Path2D.Double();
        sea.moveTo(0, HEIGHT * 0.58);
        sea.curveTo(WIDTH * 0.12, HEIGHT * 0.62, WIDTH * 0.08, HEIGHT * 0.85, WIDTH * 0.2, HEIGHT);
        sea.lineTo(0, HEIGHT);
        sea.closePath();
        g.fill(sea);
        for (int i = 0; i < 14; i++) {
            g.setColor(new Color(0x3F7D2C));
            double tx = WIDTH * 0.3 + random.nextInt((int) (WIDTH * 0.65));
            double ty = HEIGHT * 0.68 + random.nextInt((int) (HEIGHT * 0.25));
            g.fill(new Ellipse2D.Double(tx, ty, 36, 36));
        }
    }

    private static void chart(Graphics2D g, Random random) {
        g.setPaint(new GradientPaint(0, 0, NAVY, WIDTH, HEIGHT, BLUE));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(255, 255, 255, 60));
        g.setStroke(new BasicStroke(2));
        for (int y = 140; y < HEIGHT - 100; y += 90) {
            g.drawLine(140, y, WIDTH - 120, y);
        }
        int bars = 8;
        double slot = (WIDTH - 300) / (double) bars;
        double height = 120 + random.nextInt(60);
        for (int i = 0; i < bars; i++) {
            height = Math.min(HEIGHT - 260, height + 20 + random.nextInt(50));
            g.setColor(i == bars - 1 ? RED : Color.WHITE);
            g.fill(new Rectangle2D.Double(170 + i * slot, HEIGHT - 110 - height, slot * 0.6, height));
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(6));
        g.drawLine(140, HEIGHT - 110, WIDTH - 120, HEIGHT - 110);
    }

    private static void gathering(Graphics2D g, Random random) {
        g.setColor(new Color(0xE8F4FB));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0x8A5300));
        g.fill(new Ellipse2D.Double(WIDTH * 0.25, HEIGHT * 0.45, WIDTH * 0.5, HEIGHT * 0.3));
        Color[] clothes = {BLUE, NAVY, RED, new Color(0x1B5E20), new Color(0x6A1B9A), new Color(0x00838F)};
        Color[] skin = {new Color(0xF1C27D), new Color(0xC68642), new Color(0x8D5524), new Color(0xE0AC69)};
        int people = 7 + random.nextInt(3);
        for (int i = 0; i < people; i++) {
            double angle = Math.PI * (0.05 + 0.9 * i / (people - 1));
            double cx = WIDTH / 2.0 - Math.cos(angle) * WIDTH * 0.33;
            double cy = HEIGHT * 0.52 - Math.sin(angle) * HEIGHT * 0.25;
            g.setColor(clothes[random.nextInt(clothes.length)]);
            g.fill(new Ellipse2D.Double(cx - 55, cy + 10, 110, 150));
            g.setColor(skin[random.nextInt(skin.length)]);
            g.fill(new Ellipse2D.Double(cx - 34, cy - 58, 68, 68));
        }
        g.setColor(new Color(0xF5F5F5));
        for (int i = 0; i < 5; i++) {
            g.fill(new Rectangle2D.Double(WIDTH * 0.32 + i * 95, HEIGHT * 0.53 + (i % 2) * 40, 70, 50));
        }
    }
}

package nl.groeipad.credential.control;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * The badge image of a certificate (a medal in the organisation's colour with a tick) and its baked form: the
 * same PNG with an {@code iTXt} chunk with keyword {@code openbadges} holding the OB 2.0 assertion, as the
 * Open Badges 2.0 baking specification asks.
 */
public final class BadgeImage {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private BadgeImage() {
    }

    /** A 256 × 256 PNG in the given colour. */
    public static byte[] png(Color colour) {
        var size = 256;
        var image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(colour);
            g.fill(new Ellipse2D.Double(8, 8, size - 16, size - 16));
            g.setColor(Color.WHITE);
            g.setStroke(new BasicStroke(10f));
            g.draw(new Ellipse2D.Double(28, 28, size - 56, size - 56));
            g.setStroke(new BasicStroke(24f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            var tick = new Path2D.Double();
            tick.moveTo(80, 132);
            tick.lineTo(114, 166);
            tick.lineTo(178, 96);
            g.draw(tick);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The PNG with an uncompressed {@code iTXt} chunk {@code openbadges} right after its header chunk. */
    public static byte[] bake(byte[] png, String content) {
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (png[i] != SIGNATURE[i]) {
                throw new IllegalArgumentException("not a PNG");
            }
        }
        var ihdrLength = ByteBuffer.wrap(png, 8, 4).getInt();
        var afterIhdr = 8 + 4 + 4 + ihdrLength + 4;
        var keyword = "openbadges".getBytes(StandardCharsets.ISO_8859_1);
        var text = content.getBytes(StandardCharsets.UTF_8);
        // keyword, NUL, compression flag 0, method 0, empty language tag + NUL, empty translated keyword + NUL, text
        var data = ByteBuffer.allocate(keyword.length + 5 + text.length);
        data.put(keyword).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).put(text);
        var type = "iTXt".getBytes(StandardCharsets.ISO_8859_1);
        var crc = new CRC32();
        crc.update(type);
        crc.update(data.array());
        var chunk = ByteBuffer.allocate(12 + data.capacity());
        chunk.putInt(data.capacity()).put(type).put(data.array()).putInt((int) crc.getValue());
        var out = new ByteArrayOutputStream(png.length + chunk.capacity());
        out.write(png, 0, afterIhdr);
        out.writeBytes(chunk.array());
        out.write(png, afterIhdr, png.length - afterIhdr);
        return out.toByteArray();
    }
}

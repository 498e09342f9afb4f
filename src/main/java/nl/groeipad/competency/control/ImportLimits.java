package nl.groeipad.competency.control;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import nl.groeipad.competency.entity.Framework;
import nl.groeipad.platform.entity.Problems.TooLarge;
import nl.groeipad.platform.entity.Text;

/**
 * What one import (a CASE package or a Moodle CSV) may hold, so that a hostile or mistaken upload cannot take a
 * request thread for minutes or the heap: at most {@link #MAX_BYTES} bytes (counted while the upload is read, never
 * read further), {@link #MAX_ITEMS} items (CFItems, or competency rows of a CSV), {@link #MAX_ASSOCIATIONS}
 * CFAssociations, and a tree at most {@link Framework#MAX_DEPTH} levels deep. Too many bytes or items: 413; too
 * deep or a circle: 400 naming the item. Documented in {@code docs/competency.md}.
 */
public final class ImportLimits {

    public static final int MAX_BYTES = 8 * 1024 * 1024;
    public static final int MAX_ITEMS = 5_000;
    public static final int MAX_ASSOCIATIONS = 4 * MAX_ITEMS;

    private ImportLimits() {
    }

    /** The upload, read as it comes; one byte past {@link #MAX_BYTES} ends the import with 413. */
    public static InputStream bounded(InputStream upload) {
        return new FilterInputStream(upload == null ? InputStream.nullInputStream() : upload) {
            private long read;

            @Override
            public int read() throws IOException {
                var b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                var n = super.read(buffer, offset, length);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > MAX_BYTES) {
                    throw tooManyBytes();
                }
            }
        };
    }

    static TooLarge tooManyBytes() {
        return new TooLarge(new Text("Dit bestand is te groot: hoogstens " + MAX_BYTES / (1024 * 1024) + " MB.",
                "This file is too large: at most " + MAX_BYTES / (1024 * 1024) + " MB."));
    }

    static TooLarge tooMany(String what, String whatEn, int max) {
        return new TooLarge(new Text("Dit bestand heeft te veel " + what + ": hoogstens " + max + ".",
                "This file has too many " + whatEn + ": at most " + max + "."));
    }
}

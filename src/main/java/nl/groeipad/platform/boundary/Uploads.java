package nl.groeipad.platform.boundary;

import java.io.IOException;
import java.io.InputStream;

/** Reading an uploaded body with a size limit. */
public final class Uploads {

    /** How much of a too-large body is still read (and thrown away) so that the client hears the answer. */
    static final long DRAIN_MAX = 8L * 1024 * 1024;

    private Uploads() {
    }

    /**
     * The body's first {@code limit + 1} bytes at most (so the caller can tell "too large" by the length). The rest of
     * a too-large body is read and thrown away, up to {@value #DRAIN_MAX} bytes: a client still sending (HTTP/2 waits
     * for the server to take the data) would otherwise not read the 413 and see the connection close instead.
     */
    public static byte[] readAtMost(InputStream body, int limit) throws IOException {
        if (body == null) {
            return new byte[0];
        }
        var bytes = body.readNBytes(limit + 1);
        if (bytes.length > limit) {
            var drained = 0L;
            var buffer = new byte[8192];
            int n;
            while (drained < DRAIN_MAX && (n = body.read(buffer)) >= 0) {
                drained += n;
            }
        }
        return bytes;
    }
}

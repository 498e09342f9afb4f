package nl.groeipad.it;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the server under test writes to its console while a test runs. Arquillian's Payara Micro container copies
 * the server's output line by line to {@code System.out} of the test JVM; this tees {@code System.out} for the
 * duration, so a test can check what an operator would see in the log.
 */
final class ServerOutput implements AutoCloseable {

    private final PrintStream original;
    private final List<String> lines = new ArrayList<>();

    private ServerOutput() {
        original = System.out;
        var buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                original.write(b);
                collect(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                original.write(bytes, offset, length);
                collect(bytes, offset, length);
            }

            private void collect(byte[] bytes, int offset, int length) {
                synchronized (lines) {
                    for (int i = offset; i < offset + length; i++) {
                        if (bytes[i] == '\n') {
                            lines.add(buffer.toString(StandardCharsets.UTF_8));
                            buffer.reset();
                        } else {
                            buffer.write(bytes[i]);
                        }
                    }
                }
            }
        }, true, StandardCharsets.UTF_8));
    }

    static ServerOutput capture() {
        return new ServerOutput();
    }

    /** The lines so far, once the server has been quiet for a second (its output reaches us asynchronously). */
    List<String> linesAfterQuiet() throws InterruptedException {
        int seen;
        do {
            synchronized (lines) {
                seen = lines.size();
            }
            Thread.sleep(1_000);
        } while (seen != size());
        synchronized (lines) {
            return List.copyOf(lines);
        }
    }

    private int size() {
        synchronized (lines) {
            return lines.size();
        }
    }

    @Override
    public void close() {
        System.setOut(original);
    }
}

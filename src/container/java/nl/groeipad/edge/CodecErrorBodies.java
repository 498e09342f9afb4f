package nl.groeipad.edge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Sits just below the HTTP codec, where requests and answers are still bytes. A request whose line and headers
 * exceed the listener's buffer is refused by the codec itself: it writes a bare {@code 400} with
 * {@code Content-Length: 0} straight down and closes the connection — nothing above the codec sees it. This filter
 * remembers the first bytes of each request (the method and the start of the path) and, when such a bare 400
 * passes, writes Groeipad's answer ({@link EdgeAnswers}) instead: problem+json when the path is under the APIs,
 * the friendly page otherwise (the headers were not read, so neither Accept nor Accept-Language count).
 */
final class CodecErrorBodies extends BaseFilter {

    /** How much of a request's first bytes is kept: enough for the method and the start of the path. */
    static final int HEAD_BYTES = 256;

    private static final Attribute<String> REQUEST_HEAD =
            Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(CodecErrorBodies.class.getName() + ".head");

    /** The codec parsed a complete request header: the next bytes read begin the next request. */
    static void requestParsed(Connection<?> connection) {
        REQUEST_HEAD.remove(connection);
    }

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        if (ctx.getMessage() instanceof Buffer input && REQUEST_HEAD.get(ctx.getConnection()) == null) {
            int length = Math.min(HEAD_BYTES, input.remaining());
            var head = new byte[length];
            int position = input.position();
            input.get(head);
            input.position(position);
            REQUEST_HEAD.set(ctx.getConnection(), new String(head, StandardCharsets.ISO_8859_1));
        }
        return ctx.getInvokeAction();
    }

    @Override
    public NextAction handleWrite(FilterChainContext ctx) throws IOException {
        if (ctx.getMessage() instanceof Buffer output && looksLikeA400(output)) {
            int position = output.position();
            var bytes = new byte[output.remaining()];
            output.get(bytes);
            output.position(position);
            var rewritten = rewrite(new String(bytes, StandardCharsets.ISO_8859_1), REQUEST_HEAD.get(ctx.getConnection()));
            if (rewritten != null) {
                ctx.setMessage(Buffers.wrap(ctx.getMemoryManager(), rewritten));
            }
        }
        return ctx.getInvokeAction();
    }

    /** Cheap first look: a small buffer that starts with "HTTP/1.x 400 " (no copy for anything else). */
    private static boolean looksLikeA400(Buffer output) {
        int at = output.position();
        return output.remaining() >= 13 && output.remaining() < 4096
                && output.get(at) == 'H' && output.get(at + 4) == '/'
                && output.get(at + 9) == '4' && output.get(at + 10) == '0' && output.get(at + 11) == '0'
                && output.get(at + 12) == ' ';
    }

    /**
     * The answer with Groeipad's body, or null when {@code response} is not a bare 400 of the codec. The head of the
     * request is only known while the codec has not passed the request up ({@link EmptyErrorBodies} forgets it then):
     * an answer to a request the codec did parse is never touched here.
     */
    static byte[] rewrite(String response, String requestHead) {
        if (!(response.startsWith("HTTP/1.1 400 ") || response.startsWith("HTTP/1.0 400 "))
                || !response.endsWith("\r\n\r\n")
                || response.indexOf("\r\n\r\n") != response.length() - 4) {
            return null;
        }
        var lines = response.substring(0, response.length() - 4).split("\r\n");
        boolean emptyBody = false;
        var kept = new StringBuilder(lines[0]).append("\r\n");
        for (int i = 1; i < lines.length; i++) {
            var name = lines[i].substring(0, Math.max(0, lines[i].indexOf(':'))).strip().toLowerCase(Locale.ROOT);
            var value = lines[i].substring(lines[i].indexOf(':') + 1).strip();
            switch (name) {
                case "content-type", "transfer-encoding" -> {
                    return null;
                }
                case "content-length" -> emptyBody = value.equals("0");
                default -> kept.append(lines[i]).append("\r\n");
            }
        }
        if (!emptyBody || requestHead == null || requestHead.startsWith("HEAD ")) {
            return null;
        }
        var space = requestHead.indexOf(' ');
        var path = space < 0 ? "" : requestHead.substring(space + 1);
        var answer = EdgeAnswers.badRequest(path, null, null);
        kept.append("Content-Type: ").append(answer.contentType()).append("\r\n")
                .append("Content-Length: ").append(answer.body().length).append("\r\n")
                .append("Cache-Control: no-store\r\n")
                .append("X-Content-Type-Options: nosniff\r\n")
                .append("X-Frame-Options: DENY\r\n")
                .append("Content-Security-Policy: ").append(answer.contentSecurityPolicy()).append("\r\n\r\n");
        var header = kept.toString().getBytes(StandardCharsets.ISO_8859_1);
        var out = new byte[header.length + answer.body().length];
        System.arraycopy(header, 0, out, 0, header.length);
        System.arraycopy(answer.body(), 0, out, header.length, answer.body().length);
        return out;
    }
}

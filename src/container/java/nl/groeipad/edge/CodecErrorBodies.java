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
import org.glassfish.grizzly.http.HttpPacketParsing;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.util.DataChunk;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Sits just below the HTTP codec, where answers are still bytes. A request the codec cannot parse — its line and
 * headers exceed the listener's buffer, or a header line is malformed — is refused by the codec itself: it writes a
 * bare {@code 400} with {@code Content-Length: 0} straight down and closes the connection; nothing above the codec
 * sees it. When such a bare 400 passes, this filter writes Groeipad's answer ({@link EdgeAnswers}) instead, with
 * {@code Connection: close}, as RFC 9112 (section 9.6) asks of a server that closes after its answer. Closing is
 * right here: after a request whose framing it could not read, no server knows where a next pipelined request
 * would begin, so requests pipelined behind the refused one are not answered and the client sends them again.
 * <p>
 * What it knows of the refused request comes from the codec itself: the request the codec was parsing when it gave
 * up, kept on the connection under {@link HttpServerFilter#HTTP_SERVER_REQUEST_ATTR_NAME} (public in Grizzly). So a
 * request pipelined behind others in the same read is described as well as the first of a connection: its method,
 * its path (when the request line was complete; otherwise the start of the target, read on from where the codec
 * found the method) and the {@code Accept} and {@code Accept-Language} headers the codec had read before the one
 * that overflowed. An answer to a request whose header the codec did parse (anything the app answers) is never
 * touched, and neither is an answer to {@code HEAD}.
 */
final class CodecErrorBodies extends BaseFilter {

    /** How much of a request target is read when the codec did not finish the request line: enough for the path. */
    static final int HEAD_BYTES = 256;

    private static final Attribute<HttpRequestPacket> REQUEST_IN_PARSING =
            Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(HttpServerFilter.HTTP_SERVER_REQUEST_ATTR_NAME);

    @Override
    public NextAction handleWrite(FilterChainContext ctx) throws IOException {
        if (ctx.getMessage() instanceof Buffer output && looksLikeA400(output)) {
            var refused = refusedRequest(ctx.getConnection());
            if (refused != null) {
                int position = output.position();
                var bytes = new byte[output.remaining()];
                output.get(bytes);
                output.position(position);
                var rewritten = rewrite(new String(bytes, StandardCharsets.ISO_8859_1), refused);
                if (rewritten != null) {
                    ctx.setMessage(Buffers.wrap(ctx.getMemoryManager(), rewritten));
                }
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

    /** What the codec knew of the request it was parsing, or null when it finished that request's header. */
    private static RefusedRequest refusedRequest(Connection<?> connection) {
        var request = REQUEST_IN_PARSING.get(connection);
        if (request == null || (request instanceof HttpPacketParsing parsing && parsing.isHeaderParsed())) {
            return null;
        }
        var method = request.getMethodDC().isNull() ? null : request.getMethodDC().toString();
        var uri = request.getRequestURIRef().getRequestURIBC();
        var path = uri.isNull() || uri.getLength() == 0 ? targetAfter(request.getMethodDC()) : uri.toString();
        return new RefusedRequest(method, path, request.getHeader("Accept"), request.getHeader("Accept-Language"));
    }

    /**
     * The start of a request target the codec did not finish: the visible characters after the method, read from the
     * bytes the codec found the method in (the request's own read; never beyond it nor beyond {@link #HEAD_BYTES}).
     */
    static String targetAfter(DataChunk method) {
        byte[] array;
        int from;
        int limit;
        if (method.getType() == DataChunk.Type.Bytes) {
            array = method.getByteChunk().getBuffer();
            from = method.getByteChunk().getEnd();
            limit = array == null ? 0 : array.length;
        } else if (method.getType() == DataChunk.Type.Buffer && method.getBufferChunk().getBuffer() != null) {
            var buffer = method.getBufferChunk().getBuffer();
            from = method.getBufferChunk().getEnd();
            limit = buffer.limit();
            array = new byte[Math.max(0, Math.min(limit - from, HEAD_BYTES + 1))];
            for (int i = 0; i < array.length; i++) {
                array[i] = buffer.get(from + i);
            }
            limit = array.length;
            from = 0;
        } else {
            return null;
        }
        while (from < limit && array[from] == ' ') {
            from++;
        }
        int end = from;
        while (end < limit && end - from < HEAD_BYTES && array[end] > ' ' && array[end] < 0x7f) {
            end++;
        }
        return new String(array, from, end - from, StandardCharsets.ISO_8859_1);
    }

    /** The method, the (raw) path and the two headers that choose the answer; any may be null when not read. */
    record RefusedRequest(String method, String path, String accept, String acceptLanguage) {
    }

    /**
     * The answer with Groeipad's body, or null when {@code response} is not a bare 400 of the codec or the refused
     * request was a HEAD.
     */
    static byte[] rewrite(String response, RefusedRequest refused) {
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
                case "connection" -> {
                    // the codec closes the connection after this answer in any case; the header says so below
                }
                default -> kept.append(lines[i]).append("\r\n");
            }
        }
        if (!emptyBody || refused == null || "HEAD".equals(refused.method())) {
            return null;
        }
        var answer = EdgeAnswers.badRequest(refused.path(), refused.accept(), refused.acceptLanguage());
        kept.append("Content-Type: ").append(answer.contentType()).append("\r\n")
                .append("Content-Length: ").append(answer.body().length).append("\r\n")
                .append("Connection: close\r\n")
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

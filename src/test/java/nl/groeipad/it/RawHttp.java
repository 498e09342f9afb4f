package nl.groeipad.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, so a test sends exactly the request target it means: no client library
 * normalises {@code /./}, {@code //}, {@code ;} or {@code %2F}, and a target the URI class would refuse can be
 * sent too. One connection per request ({@code Connection: close}).
 */
public final class RawHttp {

    private final String host;
    private final int port;
    private final String localAddress;

    public RawHttp(String base) {
        this(base, null);
    }

    private RawHttp(String base, String localAddress) {
        var uri = URI.create(base);
        this.host = uri.getHost();
        this.port = uri.getPort();
        this.localAddress = localAddress;
    }

    /** The same client calling from another loopback address (127.0.0.0/8 is all loopback), e.g. {@code 127.0.0.2}. */
    public RawHttp from(String loopbackAddress) {
        return new RawHttp("http://" + host + ":" + port, loopbackAddress);
    }

    public record Answer(int status, Map<String, List<String>> headers, String body) {

        public Optional<String> header(String name) {
            var values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
        }

        public boolean has(String name) {
            return headers.containsKey(name.toLowerCase(Locale.ROOT));
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public boolean success() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    public Answer send(String method, String target, Map<String, String> headers, String body) {
        return send(method, target, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }

    public Answer send(String method, String target, Map<String, String> headers, byte[] body) {
        var request = new StringBuilder(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n")
                .append("Connection: close\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        if (body != null) {
            request.append("Content-Length: ").append(body.length).append("\r\n");
        } else if (method.equals("POST") || method.equals("PUT")) {
            request.append("Content-Length: 0\r\n");
        }
        request.append("\r\n");
        try (var socket = new Socket()) {
            if (localAddress != null) {
                socket.bind(new InetSocketAddress(localAddress, 0));
            }
            socket.connect(new InetSocketAddress(host, port), 10_000);
            socket.setSoTimeout(60_000);
            var out = socket.getOutputStream();
            try {
                out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException refusedEarly) {
                // the server may answer and close before it read everything (e.g. a request line that is too long)
            }
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + abbreviate(target), e);
        }
    }

    /**
     * HTTP pipelining: the given requests (each complete, as raw text) go out in one write on one connection, and
     * every answer that comes back before the server closes the connection is returned, in order.
     */
    public List<Answer> pipeline(List<String> requests) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 10_000);
            socket.setSoTimeout(60_000);
            try {
                socket.getOutputStream().write(String.join("", requests).getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
            } catch (IOException refusedEarly) {
                // the server may answer and close before it read everything
            }
            var raw = socket.getInputStream().readAllBytes();
            var answers = new ArrayList<Answer>();
            var at = 0;
            while (at < raw.length) {
                var length = answerLength(raw, at);
                answers.add(parse(java.util.Arrays.copyOfRange(raw, at, at + length)));
                at += length;
            }
            return answers;
        } catch (IOException e) {
            throw new UncheckedIOException("pipelined requests", e);
        }
    }

    /** The length of the answer that starts at {@code from}: its header, then its body by length or by chunks. */
    private static int answerLength(byte[] raw, int from) {
        var text = new String(raw, from, raw.length - from, StandardCharsets.ISO_8859_1);
        var end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("no complete HTTP answer: " + abbreviate(text));
        }
        var header = text.substring(0, end).toLowerCase(Locale.ROOT);
        var bodyStart = end + 4;
        for (var line : header.split("\r\n")) {
            if (line.startsWith("content-length:")) {
                return Math.min(raw.length - from, bodyStart + Integer.parseInt(line.substring(15).strip()));
            }
        }
        if (header.contains("\r\ntransfer-encoding: chunked")) {
            var last = text.indexOf("\r\n0\r\n\r\n", bodyStart - 2);
            return last < 0 ? raw.length - from : last + 7;
        }
        return raw.length - from; // no framing: the body ends with the connection
    }

    private static String abbreviate(String target) {
        return target.length() > 200 ? target.substring(0, 200) + "…" : target;
    }

    static Answer parse(byte[] raw) {
        var text = new String(raw, StandardCharsets.ISO_8859_1);
        var end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            throw new IllegalStateException("no complete HTTP answer: " + abbreviate(text));
        }
        var lines = text.substring(0, end).split("\r\n");
        var status = Integer.parseInt(lines[0].split(" ")[1]);
        var headers = new LinkedHashMap<String, List<String>>();
        for (var i = 1; i < lines.length; i++) {
            var colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).strip());
        }
        var bodyBytes = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if (headers.getOrDefault("transfer-encoding", List.of()).stream().anyMatch(v -> v.equalsIgnoreCase("chunked"))) {
            bodyBytes = unchunk(bodyBytes);
        }
        return new Answer(status, headers, new String(bodyBytes, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        var out = new ByteArrayOutputStream();
        var at = 0;
        while (at < chunked.length) {
            var lineEnd = indexOf(chunked, at);
            if (lineEnd < 0) {
                break;
            }
            var sizeText = new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            var size = Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            at = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (var i = from; i < bytes.length - 1; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }
}

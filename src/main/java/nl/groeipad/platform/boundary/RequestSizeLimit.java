package nl.groeipad.platform.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;

/**
 * The limits on the size of a request line and of the headers, held by Groeipad instead of by the HTTP listener.
 * Payara's listener refuses a request whose headers exceed its buffer with a bare {@code 400} and an empty body,
 * before any web application sees it; so the listener's buffer is raised ({@code http.header-buffer-length-bytes}
 * in {@code pre-boot-commands.txt}, {@value #LISTENER_BUFFER} bytes) and the old limits are enforced here, where
 * the answer is the web app's error page: {@code 414} for a long address, {@code 431} for long headers, as
 * problem+json under the APIs and a friendly page elsewhere (see {@link ErrorPages}).
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class RequestSizeLimit extends HttpFilter {

    /** The listener's header buffer (the request line plus all headers), as set in the pre-boot commands. */
    static final int LISTENER_BUFFER = 2 * 1024 * 1024;
    /** Longest request target (path and query string) in characters: the listener's old limit. */
    static final int MAX_TARGET = 8 * 1024;
    /** Most bytes of all header lines together (name, ": ", value, CRLF): the listener's old limit. */
    static final int MAX_HEADERS = 8 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        var refusal = refusal(request);
        if (refusal != 0) {
            response.sendError(refusal);
            return;
        }
        chain.doFilter(request, response);
    }

    /** 414, 431, or 0 when the request is within the limits. */
    static int refusal(HttpServletRequest request) {
        var query = request.getQueryString();
        var target = request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
        if (target > MAX_TARGET) {
            return 414;
        }
        long headers = 0;
        for (var name : Collections.list(request.getHeaderNames())) {
            for (var value : Collections.list(request.getHeaders(name))) {
                headers += name.length() + 2 + value.length() + 2;
                if (headers > MAX_HEADERS) {
                    return 431;
                }
            }
        }
        return 0;
    }
}

package nl.groeipad.edge;

import java.io.IOException;
import java.util.ArrayList;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.util.MimeHeaders;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Sits just below the filter that calls the web container, above the HTTP codec. Payara's {@code CoyoteAdapter.postParseRequest} refuses an invalid URI (a NUL,
 * invalid or overlong UTF-8, a backslash, {@code ..} leaving the root) with {@code sendError(400)} and returns before
 * any valve, filter or error page runs, so the answer leaves with no body at all. Such an answer passes here on its
 * way down still uncommitted: a 400 whose only content is the empty last chunk and that has no content type.
 * It gets Groeipad's answer instead ({@link EdgeAnswers}); the status stays. Answers with a body or a content type —
 * everything the app itself answers — pass untouched, and so does every answer to HEAD.
 */
final class EmptyErrorBodies extends BaseFilter {

    @Override
    public NextAction handleWrite(FilterChainContext ctx) throws IOException {
        if (ctx.getMessage() instanceof HttpContent content
                && content.getHttpHeader() instanceof HttpResponsePacket response
                && isEmptyContainerError(content, response)) {
            var request = response.getRequest();
            var answer = EdgeAnswers.badRequest(request.getRequestURI(), request.getHeader("Accept"),
                    request.getHeader("Accept-Language"));
            response.setContentType(answer.contentType());
            response.setChunked(false);
            response.setContentLength(answer.body().length);
            var headers = headersAgain(response.getHeaders());
            headers.setValue("X-Content-Type-Options").setString("nosniff");
            headers.setValue("X-Frame-Options").setString("DENY");
            headers.setValue("Content-Security-Policy").setString(answer.contentSecurityPolicy());
            headers.setValue("Cache-Control").setString("no-store");
            ctx.setMessage(HttpContent.builder(response)
                    .content(Buffers.wrap(ctx.getMemoryManager(), answer.body()))
                    .last(true)
                    .build());
        }
        return ctx.getInvokeAction();
    }

    /**
     * The response's headers, open for headers again. When the container's output committed (Grizzly's
     * {@code OutputBuffer}), it marked the headers as sent ({@code MimeHeaders.mark()}): from then on a header added
     * counts as a trailer, and a name a trailer must not carry (RFC 9110 §6.5.1: {@code Cache-Control},
     * {@code Set-Cookie}, {@code Content-*}, …) is dropped without a word. Nothing has been written yet (the codec
     * below has not encoded this response), so the headers are put in again without the mark.
     */
    private static MimeHeaders headersAgain(MimeHeaders headers) {
        var names = new ArrayList<String>();
        var values = new ArrayList<String>();
        for (int i = 0; i < headers.size(); i++) {
            names.add(headers.getName(i).toString());
            values.add(headers.getValue(i).toString());
        }
        headers.clear();
        for (int i = 0; i < names.size(); i++) {
            headers.addValue(names.get(i)).setString(values.get(i));
        }
        return headers;
    }

    private static boolean isEmptyContainerError(HttpContent content, HttpResponsePacket response) {
        return response.getStatus() == 400
                && !response.isCommitted()
                && content.isLast()
                && !content.getContent().hasRemaining()
                && response.getContentType() == null
                && response.getRequest() != null
                && !Method.HEAD.equals(response.getRequest().getMethod());
    }
}

package nl.groeipad.edge;

import java.io.IOException;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.Method;
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
            var headers = response.getHeaders();
            for (var name : new String[] {"X-Content-Type-Options", "X-Frame-Options", "Content-Security-Policy"}) {
                headers.removeHeader(name);
            }
            headers.addValue("X-Content-Type-Options").setString("nosniff");
            headers.addValue("X-Frame-Options").setString("DENY");
            headers.addValue("Content-Security-Policy").setString(answer.contentSecurityPolicy());
            headers.addValue("Cache-Control").setString("no-store");
            ctx.setMessage(HttpContent.builder(response)
                    .content(Buffers.wrap(ctx.getMemoryManager(), answer.body()))
                    .last(true)
                    .build());
        }
        return ctx.getInvokeAction();
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

package nl.groeipad.edge;

import java.io.IOException;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.WriteResult;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Sits just below the filter that calls the web container. The listener accepts connections long before Groeipad
 * is deployed (and still while it is being undeployed); in that time Payara itself would answer with its own error
 * pages (404 from the server, then 404 from the default web module, then an empty 500 while the app's context
 * starts). Until the web app says it serves — the system property {@value #SERVING}, which its servlet
 * {@code nl.groeipad.platform.boundary.ServingSignal} sets once its context has loaded every servlet that loads at
 * start-up and clears when the context stops — and Payara has then mapped its addresses ({@link ApplicationsStarted}),
 * every request gets Groeipad's answer instead: {@code 503}
 * with {@code Retry-After}, problem+json under the APIs and the friendly page elsewhere ({@link EdgeAnswers}), and
 * {@code Connection: close} (the request's body, if any, is not read). Payara's own {@code /health} endpoints pass,
 * so that liveness and readiness stay what Payara says.
 */
final class NotYetServing extends BaseFilter {

    /** Set to "true" by the web app while it serves requests. */
    static final String SERVING = "nl.groeipad.serving";
    /** Seconds a client is asked to wait (a start takes tens of seconds; the answer is cheap). */
    static final int RETRY_AFTER_SECONDS = 10;

    private static final Attribute<Boolean> ANSWERED =
            Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(NotYetServing.class.getName() + ".answered");

    NotYetServing() {
        ApplicationsStarted.listen();
    }

    /** The web app says it serves, and Payara has mapped its addresses ({@link ApplicationsStarted}). */
    static boolean serving() {
        return Boolean.getBoolean(SERVING) && ApplicationsStarted.any();
    }

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        if (ctx.getMessage() instanceof HttpContent content && content.getHttpHeader() instanceof HttpRequestPacket request) {
            if (ANSWERED.isSet(request)) {
                return ctx.getStopAction(); // more of the body of a request already answered: dropped
            }
            if (!serving() && !passes(request.getRequestURI())) {
                ANSWERED.set(request, Boolean.TRUE);
                answer(ctx, request);
                return ctx.getStopAction();
            }
        }
        return ctx.getInvokeAction();
    }

    /** Payara's health endpoints answer for themselves. */
    static boolean passes(String path) {
        return path != null && (path.equals("/health") || path.startsWith("/health/"));
    }

    private static void answer(FilterChainContext ctx, HttpRequestPacket request) {
        var answer = EdgeAnswers.unavailable(request.getRequestURI(), request.getHeader("Accept"),
                request.getHeader("Accept-Language"));
        var response = request.getResponse();
        HttpStatus.SERVICE_UNAVAILABLE_503.setValues(response);
        response.setContentType(answer.contentType());
        response.setContentLength(answer.body().length);
        var headers = response.getHeaders();
        headers.setValue("Retry-After").setString(String.valueOf(RETRY_AFTER_SECONDS));
        headers.setValue("Cache-Control").setString("no-store");
        headers.setValue("X-Content-Type-Options").setString("nosniff");
        headers.setValue("X-Frame-Options").setString("DENY");
        headers.setValue("Content-Security-Policy").setString(answer.contentSecurityPolicy());
        response.getProcessingState().setKeepAlive(false);
        var body = Method.HEAD.equals(request.getMethod()) ? new byte[0] : answer.body();
        ctx.write(HttpContent.builder(response).content(Buffers.wrap(ctx.getMemoryManager(), body)).last(true).build(),
                new CloseAfterwards(ctx.getConnection()));
    }

    /** Closes the connection once the answer is written (or could not be). */
    @SuppressWarnings("rawtypes") // FilterChainContext.write takes a CompletionHandler of the raw WriteResult
    private static final class CloseAfterwards extends EmptyCompletionHandler<WriteResult> {
        private final Connection<?> connection;

        CloseAfterwards(Connection<?> connection) {
            this.connection = connection;
        }

        @Override
        public void completed(WriteResult result) {
            connection.closeSilently();
        }

        @Override
        public void failed(Throwable throwable) {
            connection.closeSilently();
        }
    }
}

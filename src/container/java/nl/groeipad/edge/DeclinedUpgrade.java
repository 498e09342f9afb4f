package nl.groeipad.edge;

import java.io.IOException;
import java.util.Locale;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpEvents;

/**
 * Sits just above the HTTP codec, where Payara puts its HTTP/2 filter on a plain listener. The chain that
 * {@link EdgePortUnification} receives for the listener carries no HTTP/2 filter, so the listener speaks HTTP/1.1
 * only. That alone would hang a request that asks to upgrade to h2c and carries a body (Java's {@code HttpClient}
 * asks so by default): for any {@code Upgrade} request the codec stops obeying {@code Content-Length} and passes the
 * rest of the connection up as the new protocol's bytes, unless a filter above takes the upgrade on — so the
 * application waits for a body that never ends. This filter answers that event for an h2c upgrade as Grizzly's own
 * HTTP/2 filter does (the body is read by {@code Content-Length} again) and then drops the request's upgrade, as
 * that filter does once it is done with it (without that, Java's HttpClient found the connection it had kept
 * closed under its next request, in the ITs). So the request is served over HTTP/1.1, which the client must accept
 * (RFC 9110, "Upgrade"), and the connection stays usable. Any other upgrade the app does not offer (anything but
 * WebSocket, which passes untouched) is declined the same way, so no {@code Upgrade} header can hang a request.
 */
final class DeclinedUpgrade extends BaseFilter {

    @Override
    public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) throws IOException {
        if (event instanceof HttpEvents.IncomingHttpUpgradeEvent upgrade
                && upgrade.getHttpHeader().isRequest()
                && declines(upgrade.getHttpHeader().getUpgrade())) {
            upgrade.getHttpHeader().setIgnoreContentModifiers(false);
            upgrade.getHttpHeader().getUpgradeDC().recycle();
            return ctx.getStopAction();
        }
        return ctx.getInvokeAction();
    }

    /** Every upgrade but WebSocket is declined: the app speaks HTTP/1.1 here and offers no other protocol. */
    static boolean declines(String upgrade) {
        if (upgrade == null || upgrade.isBlank()) {
            return false;
        }
        for (var protocol : upgrade.split(",")) {
            if (protocol.strip().toLowerCase(Locale.ROOT).startsWith("websocket")) {
                return false;
            }
        }
        return true;
    }
}

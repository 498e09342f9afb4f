package nl.groeipad.edge;

import java.util.ArrayList;
import java.util.List;
import org.glassfish.grizzly.filterchain.Filter;
import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.portunif.PUFilter;
import org.glassfish.grizzly.portunif.PUProtocol;
import org.glassfish.grizzly.portunif.ProtocolFinder;

/**
 * The way into the HTTP listener's filter chain. Payara builds the chain of an HTTP protocol itself and offers no
 * place for a filter of our own (its add-ons are HK2 services), but a protocol with <em>port unification</em> names
 * its filter class, which Grizzly's config loads by reflection from the server's class path. The pre-boot commands
 * give the listener such a protocol with one sub-protocol, the usual {@code http-listener} (found by
 * {@link AnyRequest}).
 * <p>
 * Port unification itself stays out of the way of the data: Payara registers the sub-protocol's HTTP chain here
 * first ({@link #register}), and when this filter is then added to the listener's root chain ({@link #onAdded}, while
 * the root chain is built, before the listener starts) it takes its own place out and puts the HTTP filters in.
 * The chain Payara builds for a sub-protocol has no HTTP/2 filter, so the listener speaks HTTP/1.1 only (no h2c;
 * browsers never use h2c, and HTTP/2 to browsers comes from the TLS proxy in front). The same is done for the
 * {@code https-listener} (off in the bundle): its sub-protocol brings its own TLS filter, which stays below ours, so
 * the filters see plain HTTP there too. Four edge filters go in:
 * {@link CodecErrorBodies} just below the HTTP codec (fills the codec's own empty 400 for a request whose line and
 * headers exceed the listener's buffer), {@link DeclinedUpgrade} just above it, where the HTTP/2 filter would be
 * (a request asking for h2c is served over HTTP/1.1 instead of hanging on its body), and, just below the filter that
 * calls the web container, {@link NotYetServing} (503 while the web app is not deployed) and {@link EmptyErrorBodies}
 * (fills the empty 400 of {@code CoyoteAdapter} for an invalid URI).
 */
public class EdgePortUnification extends PUFilter {

    private FilterChain http;

    @Override
    public PUProtocol register(ProtocolFinder finder, FilterChain chain) {
        http = chain;
        return new PUProtocol(finder, chain);
    }

    @Override
    public void onAdded(FilterChain root) {
        if (http == null) {
            throw new IllegalStateException("Groeipad's edge filters: no HTTP protocol was registered for the listener");
        }
        var filters = new ArrayList<Filter>();
        addWithEdgeFilters(http, getBackChannelFilter(), filters);
        if (filters.stream().noneMatch(f -> f instanceof EmptyErrorBodies)
                || filters.stream().noneMatch(f -> f instanceof NotYetServing)
                || filters.stream().noneMatch(f -> f instanceof DeclinedUpgrade)
                || filters.stream().noneMatch(f -> f instanceof CodecErrorBodies)) {
            throw new IllegalStateException("Groeipad's edge filters: the listener's protocol has no HTTP codec or server");
        }
        int at = root.indexOf(this);
        root.remove(this);
        root.addAll(at, filters);
    }

    /**
     * The filters of {@code chain} with ours among them. For a sub-protocol with TLS (the {@code https-listener})
     * Grizzly's config registers a chain of the TLS filter and a port unification of its own, whose one sub-protocol
     * holds the HTTP filters; that nested one is flattened the same way, so the TLS filter stays below ours.
     */
    private static void addWithEdgeFilters(FilterChain chain, Filter backChannel, List<Filter> filters) {
        for (var filter : chain) {
            if (filter == backChannel) {
                continue;
            }
            if (filter instanceof PUFilter nested && nested.getProtocols().size() == 1) {
                addWithEdgeFilters(nested.getProtocols().iterator().next().getFilterChain(),
                        nested.getBackChannelFilter(), filters);
                continue;
            }
            if (filter instanceof HttpServerFilter) {
                filters.add(new CodecErrorBodies());
            }
            if (filter instanceof org.glassfish.grizzly.http.server.HttpServerFilter) {
                // the last filters before the one that calls the web container
                filters.add(new NotYetServing());
                filters.add(new EmptyErrorBodies());
            }
            filters.add(filter);
            if (filter instanceof HttpServerFilter) {
                filters.add(new DeclinedUpgrade());
            }
        }
    }
}

package nl.groeipad.edge;

import org.glassfish.grizzly.filterchain.FilterChain;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.portunif.PUFilter;
import org.glassfish.grizzly.portunif.PUProtocol;
import org.glassfish.grizzly.portunif.ProtocolFinder;

/**
 * The way into the HTTP listener's filter chain. Payara builds the chain of an HTTP protocol itself and offers no
 * place for a filter of our own (its add-ons are HK2 services), but a protocol with <em>port unification</em> names
 * its filter class, which Grizzly's config loads by reflection from the server's class path. The pre-boot commands
 * give the listener such a protocol with one sub-protocol (the usual {@code http-listener}, found by
 * {@link AnyRequest}); when Payara registers that sub-protocol's chain here, the two edge filters go in around the
 * HTTP codec: {@link EmptyErrorBodies} above it (fills the empty 400 of {@code CoyoteAdapter} for an invalid URI)
 * and {@link CodecErrorBodies} below it (fills the codec's own empty 400 for a request whose line and headers
 * exceed the listener's buffer).
 */
public class EdgePortUnification extends PUFilter {

    @Override
    public PUProtocol register(ProtocolFinder finder, FilterChain chain) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i) instanceof HttpServerFilter) {
                chain.add(i + 1, new EmptyErrorBodies());
                chain.add(i, new CodecErrorBodies());
                break;
            }
        }
        return super.register(finder, chain);
    }
}

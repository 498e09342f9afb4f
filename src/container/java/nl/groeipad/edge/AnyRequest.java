package nl.groeipad.edge;

import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.portunif.PUContext;
import org.glassfish.grizzly.portunif.ProtocolFinder;

/**
 * The one protocol of the listener's port unification ({@link EdgePortUnification}): every connection is HTTP. Unlike
 * Grizzly's HTTP finder it does not wait for a complete request line, so a request line of megabytes still reaches
 * the HTTP codec (which refuses it) instead of a closed connection.
 */
public class AnyRequest implements ProtocolFinder {
    @Override
    public Result find(PUContext puContext, FilterChainContext ctx) {
        return Result.FOUND;
    }
}

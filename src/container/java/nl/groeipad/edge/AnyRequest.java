package nl.groeipad.edge;

import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.portunif.PUContext;
import org.glassfish.grizzly.portunif.ProtocolFinder;

/**
 * The finder of the one sub-protocol of the listener's port unification ({@link EdgePortUnification}), which the
 * configuration needs: every connection is HTTP. It is never asked at run time, as {@link EdgePortUnification} puts
 * the HTTP filters straight into the listener's chain.
 */
public class AnyRequest implements ProtocolFinder {
    @Override
    public Result find(PUContext puContext, FilterChainContext ctx) {
        return Result.FOUND;
    }
}

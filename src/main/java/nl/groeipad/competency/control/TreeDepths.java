package nl.groeipad.competency.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.function.Function;

/**
 * How deep every item of an imported tree lies, given only each item's parent, worked out without recursion and in
 * linear time: each item's depth is computed once, walking up only to the first item whose depth is already known.
 * Finds the first item, in the order given, that ends up below itself or lies deeper than the limit.
 */
final class TreeDepths {

    /** What was found: the first item in a circle (or leading into one), the first too deep, and the steps taken. */
    record Finding<K>(K circle, K tooDeep, long steps) {
    }

    private TreeDepths() {
    }

    /** {@code parentOf} answers null for an item at the top. */
    static <K> Finding<K> of(Iterable<K> items, Function<K, K> parentOf, int maxDepth) {
        var depth = new HashMap<K, Integer>();
        var steps = 0L;
        for (var item : items) {
            var path = new ArrayList<K>();
            var onPath = new HashSet<K>();
            var at = item;
            while (at != null && !depth.containsKey(at)) {
                steps++;
                if (!onPath.add(at)) {
                    return new Finding<>(item, null, steps);
                }
                path.add(at);
                at = parentOf.apply(at);
            }
            var known = at == null ? 0 : depth.get(at);
            for (var i = path.size() - 1; i >= 0; i--) {
                depth.put(path.get(i), ++known);
            }
            if (depth.get(item) > maxDepth) {
                return new Finding<>(null, item, steps);
            }
        }
        return new Finding<>(null, null, steps);
    }
}

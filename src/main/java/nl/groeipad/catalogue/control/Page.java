package nl.groeipad.catalogue.control;

import java.util.List;
import java.util.function.Function;

/** One page of results and how many there are in all. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, offset, limit);
    }
}

package nl.groeipad.platform.control;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one node computed from an aggregate, kept for as long as the aggregate's stored version (its optimistic-lock
 * version, plus whatever else the value depends on, such as the day) is the one it was computed from. The database
 * stays the truth: a caller reads the current stamps first (one cheap statement for all of them) and computes only
 * what this cache does not hold for exactly that stamp, so another node's change is never missed and nodes share
 * nothing. Bounded: past {@code capacity} entries it starts afresh (rare, and only costs recomputation).
 *
 * @param <V> the computed value
 */
public final class VersionedCache<V> {

    private record Entry<V>(Object stamp, V value) {
    }

    private final int capacity;
    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();

    public VersionedCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.capacity = capacity;
    }

    /** The value computed for this id at exactly this stamp, or null. */
    public V get(String id, Object stamp) {
        var entry = entries.get(id);
        return entry != null && entry.stamp().equals(stamp) ? entry.value() : null;
    }

    /** Keeps the value computed for this id at this stamp (replacing what was kept for an older one). */
    public void put(String id, Object stamp, V value) {
        if (entries.size() >= capacity && !entries.containsKey(id)) {
            entries.clear();
        }
        entries.put(id, new Entry<>(stamp, value));
    }

    public int size() {
        return entries.size();
    }
}

package dev.roster.app.session;

import dev.roster.connectors.ItemResult;
import dev.roster.connectors.ListResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The unified results of recent exchanges, by exchange sequence, so that the inspector can show an exchange
 * as unified / normalized / raw / debug. Bounded like the exchange log: old entries fall out. Thread-safe:
 * workers remember, the UI reads.
 */
public final class ResultMemory {
    static final int CAPACITY = 500;

    /** What the console got back for one exchange: a page or an item. */
    public sealed interface Remembered permits Remembered.OfList, Remembered.OfItem {
        record OfList(ListResult<?> result) implements Remembered { }
        record OfItem(ItemResult<?> result) implements Remembered { }
    }

    private final Map<Long, Remembered> bySequence = new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Remembered> eldest) {
            return size() > CAPACITY;
        }
    };

    public void remember(ListResult<?> result) {
        if (result.provider().exchange() != null) {
            put(result.provider().exchange().sequence(), new Remembered.OfList(result));
        }
    }

    public void remember(ItemResult<?> result) {
        if (result.provider().exchange() != null) {
            put(result.provider().exchange().sequence(), new Remembered.OfItem(result));
        }
    }

    private synchronized void put(long sequence, Remembered remembered) {
        bySequence.put(sequence, remembered);
    }

    public synchronized Optional<Remembered> find(long sequence) {
        return Optional.ofNullable(bySequence.get(sequence));
    }
}

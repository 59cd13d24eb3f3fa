package dev.roster.connectors.trace;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The exchanges of one connection, newest last, bounded by count and by size so that a long session or a
 * walk over a big directory cannot grow without end: past either bound the oldest go. Size is the UTF-8
 * length of what the exchanges hold ({@link Exchange#retainedSize()}); the newest is always kept, however
 * big, since its caller is using it. Recording scrubs the connection's secret values; listeners (the
 * inspector) hear each one as it lands.
 */
public final class ExchangeLog {
    public static final int DEFAULT_CAPACITY = 2_000;
    /** 32 MiB: a few hundred big pages, a small part of a 256 MB heap. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

    private final Redactor redactor;
    private final int capacity;
    private final long maxBytes;
    private final Deque<Exchange> exchanges = new ArrayDeque<>();
    private long retainedBytes;
    /** The last number given; guarded by {@code exchanges}. */
    private long sequence;
    private final List<Consumer<Exchange>> listeners = new CopyOnWriteArrayList<>();

    public ExchangeLog(Collection<String> secretValues) {
        this(secretValues, DEFAULT_CAPACITY);
    }

    public ExchangeLog(Collection<String> secretValues, int capacity) {
        this(secretValues, capacity, DEFAULT_MAX_BYTES);
    }

    public ExchangeLog(Collection<String> secretValues, int capacity, long maxBytes) {
        if (capacity < 1 || maxBytes < 0) {
            throw new IllegalArgumentException("an exchange log keeps at least one exchange");
        }
        this.redactor = Redactor.knowing(secretValues);
        this.capacity = capacity;
        this.maxBytes = maxBytes;
    }

    /**
     * Stores the exchange, scrubbed and numbered, and returns the stored copy: hold on to that one only. It is
     * numbered and stored under one lock, so the log is in number order however many threads record; listeners
     * hear it after the lock is released, so they may hear two threads' exchanges out of order.
     */
    public Exchange record(Exchange exchange) {
        Exchange scrubbed = exchange.scrubbed(redactor); // the slow part, outside the lock
        Exchange stored;
        synchronized (exchanges) {
            stored = scrubbed.numbered(++sequence);
            exchanges.addLast(stored);
            retainedBytes += stored.retainedSize();
            while (exchanges.size() > capacity || (retainedBytes > maxBytes && exchanges.size() > 1)) {
                retainedBytes -= exchanges.removeFirst().retainedSize();
            }
        }
        listeners.forEach(l -> l.accept(stored));
        return stored;
    }

    public List<Exchange> snapshot() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }

    /**
     * The sequence number of the oldest exchange kept, 0 when none is: a view that follows the log (the
     * inspector) drops what is older, so that the bound holds there too.
     */
    public long oldestKept() {
        synchronized (exchanges) {
            return exchanges.isEmpty() ? 0 : exchanges.getFirst().sequence();
        }
    }

    /** What the kept exchanges hold, in UTF-8 bytes. */
    public long retainedBytes() {
        synchronized (exchanges) {
            return retainedBytes;
        }
    }

    public Redactor redactor() {
        return redactor;
    }

    /** Returns a handle that removes the listener. */
    public Runnable subscribe(Consumer<Exchange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}

package dev.roster.connectors.trace;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The exchanges of one connection, newest last, bounded so that a long session cannot grow without end.
 * Recording scrubs the connection's secret values; listeners (the inspector) hear each one as it lands.
 */
public final class ExchangeLog {
    public static final int DEFAULT_CAPACITY = 2_000;

    private final Redactor redactor;
    private final int capacity;
    private final Deque<Exchange> exchanges = new ArrayDeque<>();
    private final AtomicLong sequence = new AtomicLong();
    private final List<Consumer<Exchange>> listeners = new CopyOnWriteArrayList<>();

    public ExchangeLog(Collection<String> secretValues) {
        this(secretValues, DEFAULT_CAPACITY);
    }

    public ExchangeLog(Collection<String> secretValues, int capacity) {
        this.redactor = Redactor.knowing(secretValues);
        this.capacity = capacity;
    }

    /** Stores the exchange, scrubbed and numbered, and returns the stored copy: hold on to that one only. */
    public Exchange record(Exchange exchange) {
        Exchange stored = exchange.scrubbed(redactor).withSequence(sequence.incrementAndGet());
        synchronized (exchanges) {
            exchanges.addLast(stored);
            while (exchanges.size() > capacity) {
                exchanges.removeFirst();
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

    public Redactor redactor() {
        return redactor;
    }

    /** Returns a handle that removes the listener. */
    public Runnable subscribe(Consumer<Exchange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}

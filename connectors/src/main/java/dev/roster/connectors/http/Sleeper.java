package dev.roster.connectors.http;

import java.time.Duration;

/** Waits between retries; tests pass one that only records, so no test ever really waits. */
@FunctionalInterface
public interface Sleeper {
    Sleeper SYSTEM = Thread::sleep;

    void sleep(Duration duration) throws InterruptedException;
}

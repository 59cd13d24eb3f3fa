package dev.roster.connectors;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;

/** The connector types on the class path, by id, found once through {@link ServiceLoader}. */
public final class ConnectorRegistry {
    private final Map<String, ConnectorProvider> providers;

    private ConnectorRegistry(Map<String, ConnectorProvider> providers) {
        this.providers = Collections.unmodifiableMap(providers);
    }

    public static ConnectorRegistry load() {
        Map<String, ConnectorProvider> found = new LinkedHashMap<>();
        for (ConnectorProvider provider : ServiceLoader.load(ConnectorProvider.class)) {
            ConnectorProvider previous = found.putIfAbsent(provider.id(), provider);
            if (previous != null) {
                throw new IllegalStateException("two connectors claim the id '" + provider.id() + "': "
                        + previous.getClass().getName() + " and " + provider.getClass().getName());
            }
        }
        return new ConnectorRegistry(found);
    }

    public static ConnectorRegistry of(List<ConnectorProvider> providers) {
        Map<String, ConnectorProvider> map = new LinkedHashMap<>();
        providers.forEach(p -> map.put(p.id(), p));
        return new ConnectorRegistry(map);
    }

    public Optional<ConnectorProvider> find(String id) {
        return Optional.ofNullable(providers.get(id));
    }

    public ConnectorProvider require(String id) {
        return find(id).orElseThrow(() -> DirectoryException.invalid(ErrorCode.UNKNOWN_CONNECTOR_TYPE,
                id, String.join(", ", providers.keySet())));
    }

    public List<ConnectorProvider> all() {
        return List.copyOf(providers.values());
    }

    /** {@link ConnectorProvider#stopBeforeHalt} for every provider, within {@code bound} in all. */
    public void stopBeforeHalt(Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        for (ConnectorProvider provider : providers.values()) {
            provider.stopBeforeHalt(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
    }
}

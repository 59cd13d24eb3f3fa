package dev.roster.connectors;

import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.Page;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import dev.roster.connectors.query.CursorCodec;
import dev.roster.connectors.query.ListQuery;
import dev.roster.connectors.trace.ExchangeLog;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The unified user-directory API over one connection: validates against the connector's capabilities
 * before anything is sent, wraps provider cursors into opaque ones signed for this connection, detects looping cursors, and walks
 * all pages on one connector (so LDAP keeps its connection for a whole walk). Console and CLI use only this.
 */
public final class UnifiedDirectory implements AutoCloseable {
    private static final DirectorySignal ANSWERED = new DirectorySignal.Answered();
    private final String connectionName;
    private final ConnectorProvider provider;
    private final DirectoryConnector connector;
    private final ExchangeLog exchanges;
    private final RequestValidator validator;
    private final CursorCodec cursors;
    private final List<Consumer<DirectorySignal>> listeners = new CopyOnWriteArrayList<>();
    private final Runnable rateLimits;
    private final java.util.concurrent.atomic.AtomicReference<DirectorySignal.RateLimited> rateLimit =
            new java.util.concurrent.atomic.AtomicReference<>();

    /**
     * A directory over a connector made elsewhere (tests, wrappers): its cursors are bound to the connection's
     * name and type only. {@link #open} binds them to the connection's settings and secrets too.
     */
    public UnifiedDirectory(String connectionName, ConnectorProvider provider, DirectoryConnector connector,
                            ExchangeLog exchanges) {
        this(connectionName, provider, connector, exchanges, CursorCodec.forConnection(provider.id(), connectionName));
    }

    public UnifiedDirectory(String connectionName, ConnectorProvider provider, DirectoryConnector connector,
                            ExchangeLog exchanges, CursorCodec cursors) {
        this.cursors = cursors;
        this.connectionName = connectionName;
        this.provider = provider;
        this.connector = connector;
        this.exchanges = exchanges;
        this.validator = new RequestValidator(provider.displayName() + " connection '" + connectionName + "'",
                provider.capabilities());
        this.rateLimits = connector.onRateLimit(this::publish);
    }

    /**
     * Calls {@code listener} (on the calling thread) after each call with what it says about the connection:
     * answered, failed with a typed error, or the provider's rate-limit state. Validation failures are not
     * signalled: nothing was sent. Returns the unsubscribe action.
     */
    public Runnable signals(Consumer<DirectorySignal> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Connects with a fresh exchange log that knows the connection's secrets. */
    public static UnifiedDirectory open(ConnectorProvider provider, ConnectionSettings settings) {
        ExchangeLog log = new ExchangeLog(settings.secretValues());
        return new UnifiedDirectory(settings.connectionName(), provider, provider.connect(settings, log), log,
                CursorCodec.forConnection(provider.id(), settings));
    }

    public String connectionName() {
        return connectionName;
    }

    public ConnectorProvider provider() {
        return provider;
    }

    public Capabilities capabilities() {
        return provider.capabilities();
    }

    public ExchangeLog exchanges() {
        return exchanges;
    }

    /** The provider's rate-limit window as it last reported it on this connection; empty if it never did. */
    public Optional<DirectorySignal.RateLimited> rateLimit() {
        return Optional.ofNullable(rateLimit.get());
    }

    /** What the user must be told about this connection beyond any one call's result; each once (see the connector). */
    public List<String> warnings() {
        return connector.warnings();
    }

    public void verify() {
        observed(() -> {
            connector.verify();
            return null;
        });
    }

    // feature: connection-check
    /**
     * "Test connection": the connector's checks ({@link DirectoryConnector#diagnose()}), then the rate-limit state
     * as the calls just made reported it. Nothing is thrown for a call that failed: it is a FAILED check.
     */
    public ConnectionReport test() {
        List<ConnectionReport.Check> checks = new java.util.ArrayList<>(connector.diagnose());
        Optional<DirectorySignal.RateLimited> limit = rateLimit();
        if (limit.isPresent()) {
            checks.removeIf(c -> c.aspect().equals(ConnectionReport.RATE_LIMIT));
            checks.add(RateLimitCheck.of(limit.get()));
        } else if (checks.stream().noneMatch(c -> c.aspect().equals(ConnectionReport.RATE_LIMIT))) {
            checks.add(ConnectionReport.Check.notChecked(ConnectionReport.RATE_LIMIT,
                    "the directory reported no rate limit on the calls just made"));
        }
        ConnectionReport report = new ConnectionReport(connectionName, provider.id(), checks);
        publish(report.ok() ? ANSWERED : report.firstFailure().filter(c -> c.errorKind().isPresent())
                .<DirectorySignal>map(c -> new DirectorySignal.Failed(DirectoryException.of(c.errorKind().get(), c.summary())))
                .orElse(ANSWERED));
        return report;
    }

    public ListResult<Group> listGroups(ListQuery query) {
        return list(Operation.LIST_GROUPS, query, connector::listGroups);
    }

    public ListResult<User> listUsers(ListQuery query) {
        return list(Operation.LIST_USERS, query, connector::listUsers);
    }

    public ItemResult<Group> getGroup(String groupId) {
        validator.operation(Operation.GET_GROUP);
        requireId("group_id", groupId);
        return item(Operation.GET_GROUP, observed(() -> connector.getGroup(groupId.strip())));
    }

    public ItemResult<Group> createGroup(GroupInput input) {
        validator.write(Operation.CREATE_GROUP, input);
        return item(Operation.CREATE_GROUP, observed(() -> connector.createGroup(input)));
    }

    public ItemResult<User> createUser(UserInput input) {
        validator.write(Operation.CREATE_USER, input);
        return item(Operation.CREATE_USER, observed(() -> connector.createUser(input)));
    }

    public ItemResult<Group> addMember(MembershipInput input) {
        MembershipInput checked = membership(Operation.ADD_MEMBER, input);
        return item(Operation.ADD_MEMBER, observed(() -> connector.addMember(checked)));
    }

    public ItemResult<Group> removeMember(MembershipInput input) {
        MembershipInput checked = membership(Operation.REMOVE_MEMBER, input);
        return item(Operation.REMOVE_MEMBER, observed(() -> connector.removeMember(checked)));
    }

    /** Every page of groups from {@code query.cursor()} on, each handed to {@code onPage} as it arrives. */
    public WalkOutcome walkGroups(ListQuery query, Consumer<ListResult<Group>> onPage, BooleanSupplier cancelled) {
        return walk(Operation.LIST_GROUPS, query, connector::listGroups, onPage, cancelled);
    }

    public WalkOutcome walkUsers(ListQuery query, Consumer<ListResult<User>> onPage, BooleanSupplier cancelled) {
        return walk(Operation.LIST_USERS, query, connector::listUsers, onPage, cancelled);
    }

    private <T> ListResult<T> list(Operation operation, ListQuery query, Function<ListRequest, ProviderPage<T>> fetch) {
        validator.list(operation, query);
        String providerCursor = cursors.decode(operation, query);
        return page(operation, query, providerCursor, fetch, Set.of());
    }

    private <T> ListResult<T> page(Operation operation, ListQuery query, String providerCursor,
                                   Function<ListRequest, ProviderPage<T>> fetch, Set<String> seen) {
        // a larger page than the provider serves would be cut short by it, or refused: ask for what it gives
        Integer limit = capabilities().of(operation).map(c -> c.clampLimit(query.limit())).orElse(query.limit());
        // only a provider that shapes answers itself is told how they will be rendered (see Capabilities)
        var shaping = capabilities().shapesResponses() ? query.responseOptions() : null;
        ProviderPage<T> page = observed(() -> fetch.apply(new ListRequest(limit, providerCursor, query.parameters(),
                query.remoteQuery(), query.groupId(), shaping, query.userId())));
        String next = page.nextCursor();
        boolean looping = next != null && (next.equals(providerCursor) || seen.contains(next));
        String opaque = looping ? null : cursors.encode(operation, query, next);
        return new ListResult<>(operation, new Page<>(page.items(), opaque), page, looping, rateLimit.get());
    }

    private <T> WalkOutcome walk(Operation operation, ListQuery query, Function<ListRequest, ProviderPage<T>> fetch,
                                 Consumer<ListResult<T>> onPage, BooleanSupplier cancelled) {
        validator.list(operation, query);
        String cursor = cursors.decode(operation, query);
        Set<String> seen = new HashSet<>();
        int pages = 0;
        long items = 0;
        while (true) {
            if (cancelled.getAsBoolean() || Thread.currentThread().isInterrupted()) {
                return new WalkOutcome(pages, items, false, false, true);
            }
            if (cursor != null) {
                seen.add(cursor);
            }
            ListResult<T> result = page(operation, query, cursor, fetch, seen);
            pages++;
            items += result.page().result().size();
            onPage.accept(result);
            if (result.looping()) {
                return new WalkOutcome(pages, items, false, true, false);
            }
            cursor = result.provider().nextCursor();
            if (cursor == null) {
                return new WalkOutcome(pages, items, true, false, false);
            }
        }
    }

    private MembershipInput membership(Operation operation, MembershipInput input) {
        validator.operation(operation);
        requireId("group_id", input.groupId());
        requireId("user_id", input.userId());
        validator.write(operation, input);
        return new MembershipInput(input.groupId().strip(), input.userId().strip(), input.remoteData());
    }

    private void requireId(String field, String value) {
        if (value == null || value.isBlank()) {
            throw DirectoryException.invalid(ErrorCode.FIELD_REQUIRED, field);
        }
    }

    private <T> ItemResult<T> item(Operation operation, ProviderResult<T> result) {
        return new ItemResult<>(operation, result.item(), result, rateLimit.get());
    }

    private <T> T observed(Supplier<T> call) {
        T result;
        try {
            result = call.get();
        } catch (DirectoryException e) {
            if (e.kind() != ErrorKind.VALIDATION) {
                publish(new DirectorySignal.Failed(e));
            }
            throw e;
        }
        publish(ANSWERED);
        return result;
    }

    private void publish(DirectorySignal signal) {
        if (signal instanceof DirectorySignal.RateLimited limited) {
            rateLimit.set(limited);
        }
        for (Consumer<DirectorySignal> listener : listeners) {
            listener.accept(signal);
        }
    }

    @Override
    public void close() {
        rateLimits.run();
        listeners.clear();
        connector.close();
    }
}

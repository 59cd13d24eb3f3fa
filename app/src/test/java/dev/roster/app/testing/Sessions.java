package dev.roster.app.testing;

import dev.roster.app.session.Session;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.trace.ExchangeLog;
import java.util.List;

/** A session over a {@link FakeDirectory}, for view-model tests. */
public final class Sessions {
    private Sessions() {
    }

    public record Fake(Session session, FakeDirectory directory) {
    }

    public static Fake fake(int groups, int users) {
        ExchangeLog log = new ExchangeLog(List.of(FakeDirectory.TOKEN));
        FakeDirectory fake = new FakeDirectory(log, groups, users);
        var provider = FakeDirectory.provider("fake", groups, users);
        return new Fake(new Session("test", new UnifiedDirectory("test", provider, fake, log)), fake);
    }

    /**
     * A session over a fake directory that declares {@code capabilities}, as a real connector would: its
     * list_users search parameter (if any) is the one the fake searches by.
     */
    public static Fake fake(dev.roster.connectors.Capabilities capabilities, int groups, int users) {
        ExchangeLog log = new ExchangeLog(List.of(FakeDirectory.TOKEN));
        FakeDirectory fake = new FakeDirectory(log, groups, users);
        fake.searchParameter = capabilities.of(dev.roster.connectors.Operation.LIST_USERS)
                .flatMap(dev.roster.connectors.OperationCapability::search).orElse(null);
        var provider = new dev.roster.connectors.ConnectorProvider() {
            @Override public String id() { return "fake"; }
            @Override public String displayName() { return "Fake directory"; }
            @Override public List<dev.roster.connectors.SettingSpec> settings() { return List.of(); }
            @Override public dev.roster.connectors.Capabilities capabilities() { return capabilities; }
            @Override public dev.roster.connectors.DirectoryConnector connect(dev.roster.connectors.ConnectionSettings settings,
                                                                               ExchangeLog l) {
                return fake;
            }
        };
        return new Fake(new Session("test", new UnifiedDirectory("test", provider, fake, log)), fake);
    }
}

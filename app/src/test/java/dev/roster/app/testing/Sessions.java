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
}

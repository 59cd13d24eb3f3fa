package dev.roster.app.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.roster.connectors.ConnectorRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The console tests' fixture never hides a broken connector registry behind a stand-in directory. */
class ConsoleFixtureTest {
    @Test
    void aRegistryWithoutTheSandboxFailsTheTest() {
        ConnectorRegistry withoutSandbox = ConnectorRegistry.of(List.of(FakeDirectory.provider("other", 3, 1)));

        assertThatThrownBy(() -> ConsoleFixture.requireSandbox(withoutSandbox))
                .isInstanceOf(AssertionError.class).hasMessageContaining("Sandbox");
    }

    @Test
    void theRegistryOnTheClassPathHasTheRealSandbox() {
        assertThat(ConsoleFixture.registry().find("sandbox")).get()
                .satisfies(p -> assertThat(p).isNotInstanceOf(FakeDirectory.class).extracting(Object::getClass)
                        .matches(c -> c.getName().startsWith("dev.roster.connectors.sandbox.")));
    }
}

package dev.roster.app.main;

import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.session.Session;
import dev.roster.app.testing.SameThreadRunner;
import dev.roster.app.testing.Sessions;
import dev.roster.app.ui.task.ErrorLog;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.task.RunningTask;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.ErrorCode;
import dev.roster.connectors.DirectorySignal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;

class StatusViewModelTest {
    @Test
    void showsRunningTasksThenTheLastErrorAndTheRateLimit() {
        SimpleObjectProperty<Session> session = new SimpleObjectProperty<>();
        var running = FXCollections.<RunningTask>observableArrayList();
        ErrorLog errors = new ErrorLog();
        StatusViewModel vm = new StatusViewModel(session, running, errors, new SameThreadRunner(), Messages.load(Locale.ROOT));
        assertThat(vm.textProperty().get()).isEqualTo("Ready");
        running.add(new RunningTask("Listing groups", new SimpleDoubleProperty(-1), new SimpleStringProperty(), () -> { }));
        assertThat(vm.textProperty().get()).isEqualTo("Listing groups");
        running.clear();
        errors.report("Listing groups", DirectoryException.remote(ErrorKind.RATE_LIMITED, "slow down", 429, "", null, null));
        assertThat(vm.textProperty().get()).isEqualTo("Listing groups: slow down (status 429)");
        Sessions.Fake fake = Sessions.fake(1, 1);
        session.set(fake.session());
        fake.session().directory().verify();
        assertThat(vm.rateLimitProperty().get()).startsWith("Rate limit: 597 of 600 left, resets ");
    }

    @Test
    void theRateLimitIsReadFromTheConnectionsTypedSignalOnly() {
        SimpleObjectProperty<Session> session = new SimpleObjectProperty<>();
        StatusViewModel vm = new StatusViewModel(session, FXCollections.observableArrayList(), new ErrorLog(), new SameThreadRunner(),
                Messages.load(Locale.ROOT));
        Instant reset = ZonedDateTime.of(LocalDate.of(2026, 1, 15), LocalTime.of(12, 0, 5), ZoneId.systemDefault()).toInstant();

        assertThat(vm.rateLimit(new DirectorySignal.RateLimited(600L, 3L, reset))).contains("Rate limit: 3 of 600 left, resets 12:00:05");
        assertThat(vm.rateLimit(new DirectorySignal.RateLimited(10_000L, 9_999L, null))).contains("Rate limit: 9999 of 10000 left");
        assertThat(vm.rateLimit(new DirectorySignal.RateLimited(null, 3L, reset))).contains("Rate limit: 3 left, resets 12:00:05");
        assertThat(vm.rateLimit(new DirectorySignal.RateLimited(600L, null, reset))).as("how many are left is the point").isEmpty();

        // a connection that already reported (it was verified when it opened) shows it at once
        Sessions.Fake fake = Sessions.fake(1, 1);
        fake.session().directory().verify();
        session.set(fake.session());
        assertThat(vm.rateLimitProperty().get()).startsWith("Rate limit: 597 of 600 left, resets ");
        session.set(null);
        assertThat(vm.rateLimitProperty().get()).isEmpty();
    }

    @Test
    void anotherConnectionOpeningClearsTheLastConnectionsError() {
        SimpleObjectProperty<Session> session = new SimpleObjectProperty<>();
        ErrorLog errors = new ErrorLog();
        StatusViewModel vm = new StatusViewModel(session, FXCollections.observableArrayList(), errors, new SameThreadRunner(),
                Messages.load(Locale.ROOT));
        errors.report("Connecting to corp", DirectoryException.of(ErrorKind.TRANSPORT, "unreachable"));
        assertThat(vm.textProperty().get()).isEqualTo("Connecting to corp: unreachable");

        session.set(Sessions.fake(1, 1).session());

        assertThat(vm.textProperty().get()).isEqualTo("Ready");
    }

    @Test
    void codedErrorsAreRenderedFromTheConsolesBundle() {
        ResourceBundle bundle = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"errors.ldapResponseTimeout", "Keine Antwort in {1} s"}};
            }
        };
        ErrorLog errors = new ErrorLog(new Messages(bundle));

        errors.report("Gruppen", DirectoryException.coded(ErrorKind.TRANSPORT, ErrorCode.LDAP_RESPONSE_TIMEOUT, "list groups", 30));

        assertThat(errors.lastErrorProperty().get()).isEqualTo("Gruppen: Keine Antwort in 30 s");
    }
}

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
        assertThat(vm.rateLimitProperty().get()).startsWith("Rate limit: 597 left, resets ");
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

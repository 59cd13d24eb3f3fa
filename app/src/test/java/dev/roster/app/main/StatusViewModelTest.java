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
import java.util.Locale;
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
}

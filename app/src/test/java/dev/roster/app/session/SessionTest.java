package dev.roster.app.session;


import static org.assertj.core.api.Assertions.assertThat;

import dev.roster.app.testing.Sessions;
import dev.roster.app.ui.task.BackgroundTask;
import org.junit.jupiter.api.Test;

class SessionTest {

    @Test
    void aSessionLeftWhileHeldWorkRunsClosesWhenTheLastEnds() throws Exception {
        Sessions.Fake fake = Sessions.fake(1, 1);
        Session s = fake.session();
        int[] closesSeenByWork = {-1};
        BackgroundTask.Work<String> work = s.held(ctx -> {
            closesSeenByWork[0] = fake.directory().closes;
            return "done";
        });
        s.closeWhenIdle();
        assertThat(fake.directory().closes).isZero();
        work.call(null);
        assertThat(closesSeenByWork[0]).isZero();
        assertThat(fake.directory().closes).isEqualTo(1);
        s.closeWhenIdle();
        assertThat(fake.directory().closes).isEqualTo(1);
    }

    @Test
    void anIdleSessionClosesAtOnce() {
        Sessions.Fake fake = Sessions.fake(1, 1);
        fake.session().closeWhenIdle();
        assertThat(fake.directory().closes).isEqualTo(1);
    }
}

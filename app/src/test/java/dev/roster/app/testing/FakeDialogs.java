package dev.roster.app.testing;

import dev.roster.app.ui.form.Confirmation;
import dev.roster.app.ui.form.Dialogs;
import java.util.ArrayList;
import java.util.List;

/** Answers every confirmation with {@code answer} and keeps what was asked. */
public final class FakeDialogs implements Dialogs {
    public final List<Confirmation> asked = new ArrayList<>();
    public boolean answer = true;

    @Override
    public boolean confirm(Confirmation confirmation) {
        asked.add(confirmation);
        return answer;
    }
}

package dev.roster.app.ui.form;

/** The questions view models ask a person; the console shows dialogs, tests answer with a fake. */
public interface Dialogs {

    /** True when the person confirmed. */
    boolean confirm(Confirmation confirmation);
}

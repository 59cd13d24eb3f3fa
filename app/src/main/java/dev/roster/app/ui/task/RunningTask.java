package dev.roster.app.ui.task;

import javafx.beans.value.ObservableValue;

/** A task in progress as the status bar lists it: what it is, how far along, and how to stop it. */
public record RunningTask(String title, ObservableValue<Number> progress, ObservableValue<String> message,
                          Runnable cancel) {
}

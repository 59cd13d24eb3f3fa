package dev.roster.app.main;

import dev.roster.app.connections.ConnectionsViewModel;
import dev.roster.app.service.ConsoleSettings;
import dev.roster.app.ui.Messages;
import dev.roster.app.ui.layout.TableLayouts;
import dev.roster.app.ui.layout.WindowPlacement;
import dev.roster.app.ui.task.ErrorLog;
import dev.roster.app.ui.task.TaskRunner;
import dev.roster.app.ui.theme.SplitPositions;
import dev.roster.app.ui.theme.Theme;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Puts the console back as it was left ({@link ConsoleSettings}): window bounds (kept on a screen there is
 * now), the panes' dividers and the inspector's, each table's columns and sort, the theme, the selected
 * connection and whether the inspector was expanded; and remembers each later change. Tables are found by
 * their id under the window's root, so a view added later is remembered as soon as its table has an id.
 */
final class ConsoleLayout {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ConsoleLayout.class);
    private ConsoleLayout() {
    }

    record Parts(ConsoleSettings settings, Stage stage, List<Node> layoutRoots, SplitPane panes, Theme theme,
                 ConnectionsViewModel connections, MainWindowViewModel main, ErrorLog errors, TaskRunner runner, Messages messages) {
    }

    /** Restores and starts remembering; returns what stops the problem reports (the window closed). */
    static Runnable attach(Parts p) {
        ConsoleSettings settings = p.settings();
        Runnable stopProblems = problems(p);
        window(settings, p.stage());
        settings.dividers("panes").ifPresent(d -> SplitPositions.choose(p.panes(), unbox(d)));
        SplitPositions.onChosen(p.panes(), positions -> settings.dividers("panes", box(positions)));
        settings.dividers("dock").filter(d -> d.size() == 1).ifPresent(d -> p.main().dockPositionProperty().set(d.getFirst()));
        p.main().dockPositionProperty().addListener((o, was, now) -> settings.dividers("dock", List.of(now.doubleValue())));
        p.main().inspectorShownProperty().set(settings.inspectorExpanded());
        p.main().inspectorShownProperty().addListener((o, was, now) -> settings.inspectorExpanded(now));
        settings.theme().flatMap(ConsoleLayout::mode).ifPresent(p.theme().modeProperty()::set);
        p.theme().modeProperty().addListener((o, was, now) -> settings.theme(now.name()));
        settings.connection().ifPresent(p.connections()::prefer);
        p.connections().selectedProperty().addListener((o, was, now) -> {
            if (now != null) {
                settings.connection(now.name());
            }
        });
        tables(settings, p.layoutRoots());
        return stopProblems;
    }

    /**
     * Says each problem of the settings file in the status bar, once. Those met while loading wait for the first
     * connection to open: opening one clears the status bar of what came before, as it is about another.
     */
    private static Runnable problems(Parts p) {
        java.util.List<String> waiting = new java.util.ArrayList<>();
        boolean[] opened = {p.connections().session() != null};
        p.connections().sessionProperty().addListener((o, was, now) -> {
            if (now != null && !opened[0]) {
                opened[0] = true;
                waiting.forEach(p.errors()::warn);
                waiting.clear();
            }
        });
        return p.settings().onProblem(problem -> p.runner().onUi(() -> {
            String text = describe(p.messages(), problem);
            LOG.warn("{}", text);
            if (opened[0]) {
                p.errors().warn(text);
            } else {
                waiting.add(text);
            }
        }));
    }

    private static void tables(ConsoleSettings settings, List<Node> roots) {
        java.util.Set<TableView<?>> found = new java.util.LinkedHashSet<>();
        roots.forEach(root -> walk(root, found));
        found.stream().filter(t -> t.getId() != null).forEach(t -> remember(settings, t));
    }

    /**
     * Every table under {@code node}. Before the window first shows, controls have no skins yet, so a split
     * pane's items and a tab's content are not yet children: they are followed here by hand.
     */
    private static void walk(Node node, java.util.Set<TableView<?>> found) {
        if (node == null) {
            return;
        }
        if (node instanceof TableView<?> table) {
            found.add(table);
            return;
        }
        if (node instanceof SplitPane split) {
            split.getItems().forEach(n -> walk(n, found));
        } else if (node instanceof javafx.scene.control.TabPane tabs) {
            tabs.getTabs().forEach(t -> walk(t.getContent(), found));
        } else if (node instanceof javafx.scene.control.ScrollPane scroll) {
            walk(scroll.getContent(), found);
        } else if (node instanceof javafx.scene.control.TitledPane titled) {
            walk(titled.getContent(), found);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(n -> walk(n, found));
        }
    }

    private static <S> void remember(ConsoleSettings settings, TableView<S> table) {
        String id = table.getId();
        TableLayouts.remember(table, settings.table(id), layout -> settings.table(id, layout));
    }

    private static void window(ConsoleSettings settings, Stage stage) {
        settings.window().ifPresent(saved -> {
            List<javafx.geometry.Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
            ConsoleSettings.Bounds placed = WindowPlacement.place(saved, screens, Screen.getPrimary().getVisualBounds());
            stage.setX(placed.x());
            stage.setY(placed.y());
            stage.setWidth(placed.width());
            stage.setHeight(placed.height());
            stage.setMaximized(placed.maximized());
        });
        // The normal bounds are what comes back; a maximised or minimised window's are the screen's, not a choice.
        double[] normal = {stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight()};
        Runnable save = () -> {
            if (!stage.isShowing() || stage.isIconified()) {
                return;
            }
            if (!stage.isMaximized() && !stage.isFullScreen()) {
                normal[0] = stage.getX();
                normal[1] = stage.getY();
                normal[2] = stage.getWidth();
                normal[3] = stage.getHeight();
            }
            if (Double.isFinite(normal[0]) && Double.isFinite(normal[1]) && normal[2] > 0 && normal[3] > 0) {
                settings.window(new ConsoleSettings.Bounds(normal[0], normal[1], normal[2], normal[3], stage.isMaximized()));
            }
        };
        stage.xProperty().addListener(o -> save.run());
        stage.yProperty().addListener(o -> save.run());
        stage.widthProperty().addListener(o -> save.run());
        stage.heightProperty().addListener(o -> save.run());
        stage.maximizedProperty().addListener(o -> save.run());
    }

    private static Optional<Theme.Mode> mode(String name) {
        return Arrays.stream(Theme.Mode.values()).filter(m -> m.name().equals(name)).findFirst();
    }

    private static double[] unbox(List<Double> list) {
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static List<Double> box(double[] positions) {
        return Arrays.stream(positions).boxed().toList();
    }

    static String describe(Messages messages, ConsoleSettings.Problem problem) {
        return switch (problem.kind()) {
            case DAMAGED -> messages.get("main.settings.damaged", problem.file(), problem.file() + ConsoleSettings.DAMAGED_SUFFIX,
                    problem.detail());
            case BAD_VALUE -> messages.get("main.settings.badValue", problem.file(), problem.detail());
            case UNREADABLE -> messages.get("main.settings.unreadable", problem.file(), problem.detail());
            case UNWRITABLE -> messages.get("main.settings.unwritable", problem.file(), problem.detail());
        };
    }
}

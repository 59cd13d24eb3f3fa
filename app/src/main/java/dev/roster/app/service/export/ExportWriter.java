package dev.roster.app.service.export;

import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.User;
import java.io.IOException;
import java.util.List;

/** Writes groups (and, when asked, their members) in one file format, item by item. */
interface ExportWriter extends AutoCloseable {

    void group(Group group, List<User> members) throws IOException;

    @Override
    void close() throws IOException;
}

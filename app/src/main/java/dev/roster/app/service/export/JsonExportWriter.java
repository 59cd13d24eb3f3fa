package dev.roster.app.service.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.Json;
import dev.roster.connectors.model.User;
import dev.roster.connectors.query.ItemShaper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * JSON ({@code {"result": [...]}}, the unified list shape) or NDJSON (one group per line), streamed: unified
 * groups without remote_data, with a {@code members} array when members were asked for.
 */
final class JsonExportWriter implements ExportWriter {
    private final JsonGenerator generator;
    private final boolean lines;
    private final boolean members;

    JsonExportWriter(OutputStream out, boolean lines, boolean members) throws IOException {
        this.generator = Json.mapper().getFactory().createGenerator(out);
        this.lines = lines;
        this.members = members;
        if (lines) {
            generator.setRootValueSeparator(null);
        } else {
            generator.writeStartObject();
            generator.writeArrayFieldStart("result");
        }
    }

    @Override
    public void group(Group group, List<User> users) throws IOException {
        ObjectNode node = Json.mapper().valueToTree(group);
        node.remove(ItemShaper.REMOTE_DATA);
        if (members) {
            var array = node.putArray("members");
            for (User user : users) {
                ObjectNode u = Json.mapper().valueToTree(user);
                u.remove(ItemShaper.REMOTE_DATA);
                array.add(u);
            }
        }
        Json.mapper().writeTree(generator, node);
        if (lines) {
            generator.writeRaw('\n');
        }
    }

    @Override
    public void close() throws IOException {
        if (!lines) {
            // a file holds every group: no cursor to page on, so none is written (README shows {"result": [...]})
            generator.writeEndArray();
            generator.writeEndObject();
            generator.writeRaw('\n');
        }
        generator.close();
    }
}

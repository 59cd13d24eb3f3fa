package dev.roster.connectors.fakes;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.roster.connectors.model.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A small organisation for the fake: departments, people with work e-mails, and memberships among them. */
final class ScimFakeSeed {
    private static final String[] GROUPS = {"Engineering", "Sales", "Marketing", "Finance", "Support", "Legal", "Design",
        "Operations", "Research", "People", "Security", "Data"};
    private static final String[] GIVEN = {"Ada", "Grace", "Alan", "Zoë", "Linus", "Margaret", "Ken", "Barbara", "Dennis", "Frances"};
    private static final String[] FAMILY = {"Lovelace", "Hopper", "Turing", "Ørsted", "Torvalds", "Hamilton", "Thompson",
        "Liskov", "Ritchie", "Allen"};

    private ScimFakeSeed() {
    }

    static void fill(ScimFakeStore store, int groups, int users) {
        List<String> groupIds = new ArrayList<>();
        for (int i = 0; i < groups; i++) {
            String name = GROUPS[i % GROUPS.length] + (i < GROUPS.length ? "" : " " + (i / GROUPS.length + 1));
            ObjectNode g = Json.mapper().createObjectNode();
            g.putArray("schemas").add(ScimFakeStore.GROUP);
            g.put("displayName", name);
            groupIds.add(store.createGroup(g).path("id").asText());
        }
        for (int i = 0; i < users; i++) {
            String given = GIVEN[i % GIVEN.length];
            String family = FAMILY[(i / GIVEN.length + i) % FAMILY.length];
            String login = (given + "." + family + (i < GIVEN.length ? "" : String.valueOf(i))).toLowerCase(Locale.ROOT);
            ObjectNode u = Json.mapper().createObjectNode();
            u.putArray("schemas").add(ScimFakeStore.USER);
            u.put("userName", login + "@example.com");
            u.putObject("name").put("givenName", given).put("familyName", family).put("formatted", given + " " + family);
            u.put("displayName", given + " " + family);
            u.putArray("emails").addObject().put("value", login + "@example.com").put("type", "work").put("primary", true);
            u.put("title", i % 3 == 0 ? "Engineer" : "Analyst");
            u.put("active", i % 7 != 6);
            String id = store.createUser(u).path("id").asText();
            if (!groupIds.isEmpty() && i % 4 != 3) {
                store.addMember(groupIds.get(i % groupIds.size()), id);
            }
        }
    }
}

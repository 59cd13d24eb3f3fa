package dev.roster.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.Entry;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoOrganisationTest {
    private static List<Entry> entries;

    @BeforeAll
    static void generate() {
        entries = DemoOrganisation.entries();
    }

    private static List<Entry> people() {
        return entries.stream().filter(e -> e.hasObjectClass("inetOrgPerson")).toList();
    }

    private static List<Entry> groups() {
        return entries.stream().filter(e -> e.hasObjectClass("groupOfNames")).toList();
    }

    @Test
    void theSameSeedGivesTheSameOrganisation() {
        List<Entry> again = DemoOrganisation.entries();

        assertThat(again).hasSameSizeAs(entries);
        for (int i = 0; i < entries.size(); i++) {
            assertThat(again.get(i).toLDIFString()).isEqualTo(entries.get(i).toLDIFString());
        }
    }

    @Test
    void ithas2500PeopleWithUniqueIdsAndSomeNonAsciiNames() {
        List<Entry> people = people();

        assertThat(people).hasSize(2_500);
        assertThat(people).extracting(e -> e.getAttributeValue("uid")).doesNotHaveDuplicates()
                .allMatch(uid -> uid.matches("[a-z0-9.-]+"));
        assertThat(people).extracting(e -> e.getAttributeValue("mail")).allMatch(m -> m.endsWith("@example.com"));
        assertThat(people).extracting(e -> e.getAttributeValue("cn")).anyMatch(cn -> !cn.matches("\\p{ASCII}+"))
                .anyMatch(cn -> cn.matches(".*[\\p{IsHan}].*"));
        assertThat(people).allMatch(e -> e.hasAttribute("title") && e.hasAttribute("telephoneNumber")
                && e.hasAttribute("employeeNumber") && e.hasAttribute("createTimestamp"));
        assertThat(people).filteredOn(e -> e.hasAttribute("pwdAccountLockedTime")).hasSizeBetween(20, 150);
    }

    @Test
    void ithas250GroupsOfAllThreeTypesWithRealisticSizes() {
        List<Entry> groups = groups();
        Map<String, Integer> sizes = new HashMap<>();
        groups.forEach(g -> sizes.put(g.getAttributeValue("cn"), Arrays.stream(g.getAttributeValues("member"))
                .filter(m -> !m.equals(DemoGroups.PLACEHOLDER)).toList().size()));

        assertThat(groups).hasSize(250);
        assertThat(groups).extracting(g -> g.getAttributeValue("cn")).doesNotHaveDuplicates();
        assertThat(groups).extracting(g -> g.getAttributeValue("businessCategory"))
                .contains("department", "team", "group");
        assertThat(sizes).containsEntry("All Staff", 2_500).containsEntry("Alumni Network", 0);
        assertThat(sizes.get("Engineering")).isBetween(500, 900);
        assertThat(sizes).containsKey("東京オフィス");
        int[] sorted = sizes.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        assertThat(sorted[sorted.length / 2]).as("median group size").isBetween(5, 40);
        assertThat(sizes.values().stream().filter(s -> s >= 500)).hasSizeBetween(3, 8);
    }
}

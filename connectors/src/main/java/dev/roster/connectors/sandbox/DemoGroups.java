package dev.roster.connectors.sandbox;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.RDN;
import dev.roster.connectors.ldap.LdapConnectorProvider;
import dev.roster.connectors.model.GroupType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The demo organisation's groups, all groupOfNames with their type in businessCategory: one per department,
 * its teams (most people are in one, sizes vary), and plain groups: All Staff, one per office, role and
 * admin groups, interest groups and projects of a few dozen or fewer, and a few empty ones holding only the
 * connector's placeholder member. Members are listed in the order people were hired.
 */
final class DemoGroups {
    /** The LDAP connector's placeholder for groups without members (see its README). */
    static final String PLACEHOLDER = LdapConnectorProvider.EMPTY_GROUP_MEMBER;

    private final Random random;
    private final DemoPeople clock;
    private final List<DemoPeople.Person> people;
    private final DN base;
    private final List<Entry> groups = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    DemoGroups(Random random, DemoPeople clock, List<DemoPeople.Person> people, DN base) {
        this.random = random;
        this.clock = clock;
        this.people = people;
        this.base = base;
    }

    List<Entry> generate(int total) {
        for (int d = 0; d < DemoData.DEPARTMENTS.size(); d++) {
            DemoData.Department department = DemoData.DEPARTMENTS.get(d);
            int index = d;
            add(department.name(), GroupType.DEPARTMENT, "Everyone in " + department.name(), p -> p.department() == index);
            teams(d, department);
        }
        add("All Staff", GroupType.GROUP, "Everyone at Example Corp", p -> true);
        for (int o = 0; o < DemoData.OFFICES.size(); o++) {
            int index = o;
            add(DemoData.OFFICES.get(o).group(), GroupType.GROUP, "Everyone based in " + DemoData.OFFICES.get(o).city(),
                    p -> p.office() == index);
        }
        add("Managers", GroupType.GROUP, "People managers", DemoPeople.Person::manager);
        add("Contractors", GroupType.GROUP, "External contractors", p -> p.employeeType().equals("Contractor"));
        add("Interns", GroupType.GROUP, "Interns of all years", p -> p.employeeType().equals("Intern"));
        add("New Hires 2025", GroupType.GROUP, "Joined this year", p -> p.created().isAfter(Instant.parse("2025-01-01T00:00:00Z")));
        for (String name : DemoData.ADMIN_GROUPS) {
            if (name.equals("VPN Users")) {
                add(name, GroupType.GROUP, "May use the corporate VPN", p -> random.nextInt(10) < 6);
            } else if (name.equals("Executive Team")) {
                add(name, GroupType.TEAM, "The executive team", sample(p -> p.manager(), 8));
            } else {
                add(name, GroupType.GROUP, "Access group: " + name, sample(p -> true, 3 + random.nextInt(13)));
            }
        }
        for (String name : DemoData.INTEREST_GROUPS) {
            add(name, GroupType.GROUP, "Open to everyone", sample(p -> true, 5 + random.nextInt(56)));
        }
        for (String name : DemoData.EMPTY_GROUPS) {
            add(name, GroupType.GROUP, "No members at the moment", p -> false);
        }
        List<String> codenames = DemoData.CODENAMES;
        for (int i = 0; groups.size() < total; i++) {
            String codename = codenames.get(i % codenames.size());
            String name = i < codenames.size() ? "Project " + codename : codename + " Taskforce";
            add(name, i % 3 == 0 ? GroupType.TEAM : GroupType.GROUP, "Project group", sample(p -> true, 4 + random.nextInt(27)));
        }
        return groups;
    }

    /** About two in three people of a department are in one of its teams; team sizes follow random weights. */
    private void teams(int departmentIndex, DemoData.Department department) {
        List<String> teams = department.teams();
        int[] weights = new int[teams.size()];
        for (int t = 0; t < weights.length; t++) {
            weights[t] = 1 + random.nextInt(6);
        }
        int[] assignment = new int[people.size()];
        for (int p = 0; p < people.size(); p++) {
            assignment[p] = people.get(p).department() == departmentIndex && random.nextInt(3) < 2 ? WeightedPick.index(random, weights) : -1;
        }
        for (int t = 0; t < teams.size(); t++) {
            int team = t;
            List<String> members = new ArrayList<>();
            for (int p = 0; p < people.size(); p++) {
                if (assignment[p] == team) {
                    members.add(people.get(p).dn());
                }
            }
            addMembers(teams.get(t), GroupType.TEAM, department.name() + " team", members);
        }
    }

    /** Up to {@code size} people matching, drawn at random, listed in hiring order. */
    private Predicate<DemoPeople.Person> sample(Predicate<DemoPeople.Person> eligible, int size) {
        List<Integer> candidates = new ArrayList<>();
        for (int p = 0; p < people.size(); p++) {
            if (eligible.test(people.get(p))) {
                candidates.add(p);
            }
        }
        Set<String> chosen = new HashSet<>();
        for (int i = 0; i < size && !candidates.isEmpty(); i++) {
            chosen.add(people.get(candidates.remove(random.nextInt(candidates.size()))).dn());
        }
        return p -> chosen.contains(p.dn());
    }

    private void add(String name, GroupType type, String description, Predicate<DemoPeople.Person> member) {
        List<String> members = new ArrayList<>();
        for (DemoPeople.Person person : people) {
            if (member.test(person)) {
                members.add(person.dn());
            }
        }
        addMembers(name, type, description, members);
    }

    private void addMembers(String name, GroupType type, String description, List<String> members) {
        if (!names.add(name)) {
            throw new IllegalStateException("two demo groups are called " + name);
        }
        Entry group = new Entry(new DN(new RDN("cn", name), base));
        group.addAttribute("objectClass", "top", "groupOfNames");
        group.addAttribute("cn", name);
        group.addAttribute("description", description);
        group.addAttribute("businessCategory", type.wireName());
        group.addAttribute("member", members.isEmpty() ? List.of(PLACEHOLDER) : members);
        Instant created = clock.between(DemoPeople.FIRST_HIRE, DemoPeople.DATA_AS_OF);
        group.addAttribute("createTimestamp", DemoPeople.generalized(created));
        group.addAttribute("modifyTimestamp", DemoPeople.generalized(clock.between(created, DemoPeople.DATA_AS_OF)));
        groups.add(group);
    }
}

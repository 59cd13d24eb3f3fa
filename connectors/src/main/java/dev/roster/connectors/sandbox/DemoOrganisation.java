package dev.roster.connectors.sandbox;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldif.LDIFException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Example Corp, the Sandbox's seed: {@code dc=example,dc=com} with {@code ou=People} (2,500 people),
 * {@code ou=Groups} (250 groups: departments, teams and plain groups) and {@code ou=Services} (the service
 * account, added by the server). Drawn from a fixed seed, so every new Sandbox starts identical.
 */
final class DemoOrganisation {
    static final String BASE = "dc=example,dc=com";
    static final String PEOPLE = "ou=People," + BASE;
    static final String GROUPS = "ou=Groups," + BASE;
    static final String SERVICES = "ou=Services," + BASE;
    static final int PEOPLE_COUNT = 2_500;
    static final int GROUP_COUNT = 250;
    private static final long SEED = 20_250_930L;

    private DemoOrganisation() {
    }

    static List<Entry> entries() {
        return entries(PEOPLE_COUNT, GROUP_COUNT);
    }

    /** A smaller organisation of the same shape, for tests that restart the Sandbox often. */
    static List<Entry> entries(int peopleCount, int groupCount) {
        try {
            Random random = new Random(SEED);
            List<Entry> entries = new ArrayList<>(peopleCount + groupCount + 4);
            entries.add(new Entry("dn: " + BASE, "objectClass: top", "objectClass: dcObject", "objectClass: organization",
                    "dc: example", "o: Example Corp"));
            entries.add(new Entry("dn: " + PEOPLE, "objectClass: top", "objectClass: organizationalUnit", "ou: People"));
            entries.add(new Entry("dn: " + GROUPS, "objectClass: top", "objectClass: organizationalUnit", "ou: Groups"));
            entries.add(new Entry("dn: " + SERVICES, "objectClass: top", "objectClass: organizationalUnit", "ou: Services"));
            DemoPeople people = new DemoPeople(random);
            List<DemoPeople.Person> persons = people.generate(peopleCount, new DN(PEOPLE));
            persons.forEach(p -> entries.add(p.entry()));
            entries.addAll(new DemoGroups(random, people, persons, new DN(GROUPS)).generate(groupCount));
            return entries;
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException("the demo organisation's fixed DNs are valid", e);
        }
    }
}

package dev.roster.connectors.sandbox;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.util.StaticUtils;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * The demo organisation's people: inetOrgPerson entries with names from many countries (accents,
 * Japanese names in the Tokyo office), a department and title, an office with its phone numbers and
 * language, an employee number and type, creation dates over several years, and a few locked accounts.
 */
final class DemoPeople {
    static final Instant FIRST_HIRE = Instant.parse("2017-01-09T09:00:00Z");
    static final Instant DATA_AS_OF = Instant.parse("2025-09-30T17:00:00Z");

    /** One person and the facts groups are made from. */
    record Person(Entry entry, int department, int office, boolean manager, String employeeType, Instant created) {
        String dn() {
            return entry.getDN();
        }
    }

    private final Random random;
    private final Set<String> uids = new HashSet<>();

    DemoPeople(Random random) {
        this.random = random;
    }

    List<Person> generate(int count, DN base) {
        List<Person> people = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            people.add(person(i, base));
        }
        return people;
    }

    private Person person(int index, DN base) {
        int departmentIndex = WeightedPick.index(random, DemoData.DEPARTMENTS.stream().mapToInt(DemoData.Department::weight).toArray());
        int officeIndex = WeightedPick.index(random, DemoData.OFFICES.stream().mapToInt(DemoData.Office::weight).toArray());
        DemoData.Department department = DemoData.DEPARTMENTS.get(departmentIndex);
        DemoData.Office office = DemoData.OFFICES.get(officeIndex);
        boolean japanese = office.city().equals("Tokyo") && random.nextInt(10) < 7;
        String[] given = split(pick(japanese ? DemoData.JAPANESE_GIVEN_NAMES : DemoData.FIRST_NAMES));
        String[] family = split(pick(japanese ? DemoData.JAPANESE_FAMILY_NAMES : DemoData.LAST_NAMES));
        String cn = japanese ? family[0] + " " + given[0] : given[0] + " " + family[0];
        String uid = uniqueUid(fold(given[1]) + "." + fold(family[1]));
        boolean manager = random.nextInt(100) < 8;
        List<String> titles = department.titles();
        String title = manager ? titles.getLast() : titles.get(random.nextInt(titles.size() - 1));
        int typeRoll = random.nextInt(100);
        String type = typeRoll < 85 ? "Employee" : typeRoll < 95 ? "Contractor" : "Intern";
        Instant created = between(FIRST_HIRE, DATA_AS_OF);

        Entry entry = new Entry(new DN(new RDN("uid", uid), base));
        entry.addAttribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson");
        entry.addAttribute("uid", uid);
        entry.addAttribute("cn", cn);
        entry.addAttribute("givenName", given[0]);
        entry.addAttribute("sn", family[0]);
        entry.addAttribute("mail", uid + "@example.com");
        entry.addAttribute("telephoneNumber", office.phonePrefix() + " " + (1000 + random.nextInt(9000)));
        if (random.nextInt(10) < 6) {
            entry.addAttribute("mobile", office.phonePrefix().split(" ")[0] + " 7" + (100 + random.nextInt(900)) + " "
                    + (100_000 + random.nextInt(900_000)));
        }
        entry.addAttribute("title", title);
        entry.addAttribute("ou", department.name());
        entry.addAttribute("departmentNumber", department.code());
        entry.addAttribute("employeeNumber", String.format("E%05d", index + 1));
        entry.addAttribute("employeeType", type);
        entry.addAttribute("preferredLanguage", random.nextInt(100) < 15 ? "en" : office.language());
        entry.addAttribute("l", office.city());
        if (random.nextInt(10) == 0) {
            entry.addAttribute("description", pick(DemoData.BIOS));
        }
        if (random.nextInt(100) < 3) {
            // locked by OpenLDAP's password policy at some point after hiring: the account shows as inactive
            entry.addAttribute("pwdAccountLockedTime", generalized(between(created, DATA_AS_OF)));
        }
        entry.addAttribute("createTimestamp", generalized(created));
        entry.addAttribute("modifyTimestamp", generalized(between(created, DATA_AS_OF)));
        return new Person(entry, departmentIndex, officeIndex, manager, type, created);
    }

    private String uniqueUid(String base) {
        String uid = base;
        for (int n = 2; !uids.add(uid); n++) {
            uid = base + n;
        }
        return uid;
    }

    /** ASCII for ids: accents dropped, letters without a decomposition spelled out. */
    static String fold(String name) {
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae").replace("ß", "ss")
                .replace("ł", "l").replace("Ł", "L").replace("đ", "d").replace("ı", "i").replace("İ", "I")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "");
    }

    private static String[] split(String name) {
        int bar = name.indexOf('|');
        return bar < 0 ? new String[] {name, name} : new String[] {name.substring(0, bar), name.substring(bar + 1)};
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    Instant between(Instant from, Instant to) {
        long span = to.getEpochSecond() - from.getEpochSecond();
        return from.plusSeconds(span <= 0 ? 0 : (long) (random.nextDouble() * span));
    }

    static String generalized(Instant instant) {
        return StaticUtils.encodeGeneralizedTime(Date.from(instant));
    }
}

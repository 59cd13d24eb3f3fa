package dev.roster.connectors.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Journal records state, so replaying them again (a checkpoint raced a write) changes nothing. */
class ChangeReplayTest {
    private static final List<String> RECORDS = List.of(
            "dn: cn=g,ou=Groups,dc=example,dc=com\nchangetype: add\nobjectClass: groupOfNames\ncn: g\nmember: uid=a,dc=example,dc=com",
            "dn: cn=g,ou=Groups,dc=example,dc=com\nchangetype: modify\nreplace: member\nmember: uid=a,dc=example,dc=com\n"
                    + "member: uid=b,dc=example,dc=com\n-\nreplace: modifyTimestamp\nmodifyTimestamp: 20250101000000.000Z\n-",
            "dn: cn=old,ou=Groups,dc=example,dc=com\nchangetype: delete",
            "dn: cn=h,ou=Groups,dc=example,dc=com\nchangetype: modrdn\nnewrdn: cn=h2\ndeleteoldrdn: 1",
            "dn: cn=h2,ou=Groups,dc=example,dc=com\nchangetype: add\nobjectClass: groupOfNames\ncn: h2\nmember: uid=a,dc=example,dc=com");

    private static NavigableMap<DN, Entry> snapshot() throws Exception {
        NavigableMap<DN, Entry> entries = new TreeMap<>();
        for (Entry e : List.of(new Entry("dn: ou=Groups,dc=example,dc=com", "objectClass: organizationalUnit", "ou: Groups"),
                new Entry("dn: cn=old,ou=Groups,dc=example,dc=com", "objectClass: groupOfNames", "cn: old"),
                new Entry("dn: cn=h,ou=Groups,dc=example,dc=com", "objectClass: groupOfNames", "cn: h"))) {
            entries.put(e.getParsedDN(), e);
        }
        return entries;
    }

    @Test
    void replayingTwiceGivesTheSameEntries() throws Exception {
        NavigableMap<DN, Entry> once = snapshot();
        ChangeReplay.apply(once, RECORDS);
        NavigableMap<DN, Entry> twice = snapshot();
        ChangeReplay.apply(twice, RECORDS);
        ChangeReplay.apply(twice, RECORDS);

        assertThat(twice).isEqualTo(once);
        assertThat(once.keySet()).extracting(DN::toString).containsExactly("ou=Groups,dc=example,dc=com",
                "cn=g,ou=Groups,dc=example,dc=com", "cn=h2,ou=Groups,dc=example,dc=com");
        assertThat(once.get(new DN("cn=g,ou=Groups,dc=example,dc=com")).getAttributeValues("member")).hasSize(2);
    }
}

package dev.roster.connectors.sandbox;

import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.RDN;
import com.unboundid.ldif.LDIFAddChangeRecord;
import com.unboundid.ldif.LDIFChangeRecord;
import com.unboundid.ldif.LDIFDeleteChangeRecord;
import com.unboundid.ldif.LDIFException;
import com.unboundid.ldif.LDIFModifyChangeRecord;
import com.unboundid.ldif.LDIFModifyDNChangeRecord;
import com.unboundid.ldif.LDIFReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Applies journal records to the entries of a snapshot, before they are loaded into the server. The
 * journal records state rather than requests (an add carries the whole stored entry, a modify replaces
 * each attribute it touched with its values afterwards), so applying a record twice, or one the snapshot
 * already contains, changes nothing; a checkpoint racing with a write cannot corrupt the result.
 */
final class ChangeReplay {
    private ChangeReplay() {
    }

    static void apply(NavigableMap<DN, Entry> entries, List<String> records) throws LDIFException, LDAPException {
        for (String record : records) {
            apply(entries, LDIFReader.decodeChangeRecord(true, record.split("\n")));
        }
    }

    static void apply(NavigableMap<DN, Entry> entries, LDIFChangeRecord record) throws LDAPException {
        DN dn = record.getParsedDN();
        switch (record) {
            case LDIFAddChangeRecord add -> entries.put(dn, add.getEntryToAdd().duplicate());
            case LDIFModifyChangeRecord modify -> {
                Entry current = entries.get(dn);
                if (current != null) {
                    entries.put(dn, Entry.applyModifications(current, true, modify.getModifications()));
                }
            }
            case LDIFDeleteChangeRecord delete -> entries.keySet().removeIf(k -> k.isDescendantOf(dn, true));
            case LDIFModifyDNChangeRecord move -> rename(entries, dn, move.getNewDN());
            default -> throw new IllegalArgumentException("unexpected change record " + record.getChangeType());
        }
    }

    /** Moves an entry and everything below it; the journal's next record restates the moved entry itself. */
    private static void rename(NavigableMap<DN, Entry> entries, DN from, DN to) throws LDAPException {
        if (!entries.containsKey(from)) {
            return;
        }
        List<Map.Entry<DN, Entry>> moved = new ArrayList<>();
        for (Map.Entry<DN, Entry> e : entries.entrySet()) {
            if (e.getKey().isDescendantOf(from, true)) {
                moved.add(e);
            }
        }
        for (Map.Entry<DN, Entry> e : moved) {
            entries.remove(e.getKey());
        }
        int keep = from.getRDNs().length;
        for (Map.Entry<DN, Entry> e : moved) {
            RDN[] rdns = e.getKey().getRDNs();
            List<RDN> path = new ArrayList<>(Arrays.asList(rdns).subList(0, rdns.length - keep));
            path.addAll(Arrays.asList(to.getRDNs()));
            DN relocated = new DN(path);
            Entry copy = e.getValue().duplicate();
            copy.setDN(relocated);
            if (copy.hasAttribute("entryDN")) {
                copy.setAttribute("entryDN", relocated.toString());
            }
            entries.put(relocated, copy);
        }
    }
}

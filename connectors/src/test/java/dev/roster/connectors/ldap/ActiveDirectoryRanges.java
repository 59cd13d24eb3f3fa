package dev.roster.connectors.ldap;

import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchEntry;
import com.unboundid.ldap.listener.interceptor.InMemoryInterceptedSearchRequest;
import com.unboundid.ldap.listener.interceptor.InMemoryOperationInterceptor;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.SearchRequest;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Active Directory's ranged retrieval of large multi-valued attributes, for {@code member}: more values
 * than {@code window} come back as {@code member;range=0-(window-1)}, the client asks for
 * {@code member;range=N-*} next, and the last range ends in {@code *}.
 */
final class ActiveDirectoryRanges extends InMemoryOperationInterceptor {
    private static final Pattern RANGED = Pattern.compile("(?i)member;range=(\\d+)-\\*");
    private static final String START = "range-start";

    private final int window;

    ActiveDirectoryRanges(int window) {
        this.window = window;
    }

    @Override
    public void processSearchRequest(InMemoryInterceptedSearchRequest request) {
        String[] attributes = request.getRequest().getAttributeList().toArray(new String[0]);
        for (int i = 0; i < attributes.length; i++) {
            Matcher ranged = RANGED.matcher(attributes[i]);
            if (ranged.matches()) {
                request.setProperty(START, Integer.parseInt(ranged.group(1)));
                String[] plain = Arrays.copyOf(attributes, attributes.length);
                plain[i] = "member";
                SearchRequest rewritten = request.getRequest().duplicate();
                rewritten.setAttributes(plain);
                request.setRequest(rewritten);
                return;
            }
            if (attributes[i].equalsIgnoreCase("member")) {
                request.setProperty(START, 0);
            }
        }
    }

    @Override
    public void processSearchEntry(InMemoryInterceptedSearchEntry result) {
        Object start = result.getProperty(START);
        Entry entry = result.getSearchEntry().duplicate();
        String[] values = entry.getAttributeValues("member");
        if (start == null || values == null || (values.length <= window && (Integer) start == 0)) {
            return;
        }
        int from = Math.min((Integer) start, values.length);
        int to = Math.min(from + window, values.length);
        String range = "member;range=" + from + "-" + (to == values.length ? "*" : String.valueOf(to - 1));
        entry.removeAttribute("member");
        entry.addAttribute(new Attribute(range, Arrays.copyOfRange(values, from, to)));
        result.setSearchEntry(entry);
    }
}

package dev.roster.connectors.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The unified group types: a team, a department, or a plain group. */
public enum GroupType {
    TEAM, DEPARTMENT, GROUP;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static GroupType fromWire(String value) {
        for (GroupType type : values()) {
            if (type.wireName().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return type;
            }
        }
        throw new IllegalArgumentException("group_type must be one of "
                + Arrays.stream(values()).map(GroupType::wireName).collect(Collectors.joining(", "))
                + ", not '" + value + "'");
    }
}

package dev.roster.connectors;

/** The unified user-directory operations; {@code wireName} is how the CLI and the JSON name them. */
public enum Operation {
    LIST_GROUPS("list_groups", false),
    GET_GROUP("get_group", false),
    CREATE_GROUP("create_group", true),
    CREATE_USER("create_user", true),
    LIST_USERS("list_users", false),
    ADD_MEMBER("add_member", true),
    REMOVE_MEMBER("remove_member", true);

    private final String wireName;
    private final boolean write;

    Operation(String wireName, boolean write) {
        this.wireName = wireName;
        this.write = write;
    }

    public String wireName() {
        return wireName;
    }

    /** Writes change the directory: they are logged in the activity log and never retried blindly. */
    public boolean isWrite() {
        return write;
    }
}

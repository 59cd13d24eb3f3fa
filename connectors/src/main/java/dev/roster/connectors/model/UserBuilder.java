package dev.roster.connectors.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Builds a {@link User}; thirty positional record arguments are an error waiting to happen in a mapper. */
public final class UserBuilder {
    private final String id;
    private String name;
    private String firstName;
    private String lastName;
    private String username;
    private List<Email> emails;
    private List<Phone> phones;
    private String title;
    private String status;
    private String userType;
    private String timezone;
    private List<String> languages;
    private String avatar;
    private String bio;
    private String externalId;
    private List<GroupRef> groups;
    private List<Role> roles;
    private List<NamedRef> organizations;
    private List<NamedRef> workspaces;
    private List<License> licenses;
    private List<Url> urls;
    private Map<String, Object> identifiers;
    private Boolean is2faEnabled;
    private Boolean isEmailVerified;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant activatedAt;
    private Instant lastActiveAt;
    private Instant lastLoginAt;
    private Instant statusChangedAt;
    private JsonNode remoteData;

    UserBuilder(String id) {
        this.id = id;
    }

    public UserBuilder name(String v) { this.name = v; return this; }
    public UserBuilder firstName(String v) { this.firstName = v; return this; }
    public UserBuilder lastName(String v) { this.lastName = v; return this; }
    public UserBuilder username(String v) { this.username = v; return this; }
    public UserBuilder emails(List<Email> v) { this.emails = v; return this; }
    public UserBuilder phones(List<Phone> v) { this.phones = v; return this; }
    public UserBuilder title(String v) { this.title = v; return this; }
    public UserBuilder status(String v) { this.status = v; return this; }
    public UserBuilder userType(String v) { this.userType = v; return this; }
    public UserBuilder timezone(String v) { this.timezone = v; return this; }
    public UserBuilder languages(List<String> v) { this.languages = v; return this; }
    public UserBuilder avatar(String v) { this.avatar = v; return this; }
    public UserBuilder bio(String v) { this.bio = v; return this; }
    public UserBuilder externalId(String v) { this.externalId = v; return this; }
    public UserBuilder groups(List<GroupRef> v) { this.groups = v; return this; }
    public UserBuilder roles(List<Role> v) { this.roles = v; return this; }
    public UserBuilder organizations(List<NamedRef> v) { this.organizations = v; return this; }
    public UserBuilder workspaces(List<NamedRef> v) { this.workspaces = v; return this; }
    public UserBuilder licenses(List<License> v) { this.licenses = v; return this; }
    public UserBuilder urls(List<Url> v) { this.urls = v; return this; }
    public UserBuilder identifiers(Map<String, Object> v) { this.identifiers = v; return this; }
    public UserBuilder is2faEnabled(Boolean v) { this.is2faEnabled = v; return this; }
    public UserBuilder isEmailVerified(Boolean v) { this.isEmailVerified = v; return this; }
    public UserBuilder createdAt(Instant v) { this.createdAt = v; return this; }
    public UserBuilder updatedAt(Instant v) { this.updatedAt = v; return this; }
    public UserBuilder activatedAt(Instant v) { this.activatedAt = v; return this; }
    public UserBuilder lastActiveAt(Instant v) { this.lastActiveAt = v; return this; }
    public UserBuilder lastLoginAt(Instant v) { this.lastLoginAt = v; return this; }
    public UserBuilder statusChangedAt(Instant v) { this.statusChangedAt = v; return this; }
    public UserBuilder remoteData(JsonNode v) { this.remoteData = v; return this; }

    public User build() {
        return new User(id, name, firstName, lastName, username, emails, phones, title, status, userType,
                timezone, languages, avatar, bio, externalId, groups, roles, organizations, workspaces,
                licenses, urls, identifiers, is2faEnabled, isEmailVerified, createdAt, updatedAt, activatedAt,
                lastActiveAt, lastLoginAt, statusChangedAt, remoteData);
    }
}

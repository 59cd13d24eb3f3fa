package dev.roster.connectors.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.ListResult;
import dev.roster.connectors.Operation;
import dev.roster.connectors.OperationCapability;
import dev.roster.connectors.UnifiedDirectory;
import dev.roster.connectors.WalkOutcome;
import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.Group;
import dev.roster.connectors.model.GroupInput;
import dev.roster.connectors.model.GroupType;
import dev.roster.connectors.model.MembershipInput;
import dev.roster.connectors.model.User;
import dev.roster.connectors.model.UserInput;
import dev.roster.connectors.query.ListQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The scenarios every connector must pass, through {@link UnifiedDirectory} as the console and CLI use it.
 * A subclass supplies a directory with enough groups for several pages ({@link #open()}) and ways to
 * provoke each error kind its backend can produce; an empty Optional skips a scenario the backend cannot
 * express. Tests create their own groups and users with unique names, so they do not depend on each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DirectoryContractTest {
    private static final AtomicInteger UNIQUE = new AtomicInteger();

    protected UnifiedDirectory directory;

    /** A working connection to the backend under test, with a fresh exchange log. */
    protected abstract UnifiedDirectory open();

    /** The same backend through a wrapper that hands back its first cursor forever. */
    protected abstract UnifiedDirectory openWithRepeatingCursor();

    /** The same backend with a wrong password. */
    protected abstract UnifiedDirectory openWithWrongPassword();

    /** An account that may read but not write, when the backend has permissions. */
    protected Optional<UnifiedDirectory> openReadOnly() {
        return Optional.empty();
    }

    /** Settings pointing where nothing answers, when the connector has an address to get wrong. */
    protected Optional<UnifiedDirectory> openUnreachable() {
        return Optional.empty();
    }

    /** A well-formed group id that names no group. */
    protected abstract String absentGroupId();

    /** A well-formed user id that names no user. */
    protected abstract String absentUserId();

    /**
     * A group the backend puts every user in by itself (Okta's built-in Everyone): left out where a scenario
     * counts the groups of a user. Most backends have none.
     */
    protected boolean everyonesGroup(Group group) {
        return false;
    }

    protected GroupInput sampleGroup(String unique) {
        return new GroupInput("Contract group " + unique, "made by the contract suite", GroupType.TEAM, null);
    }

    protected UserInput sampleUser(String unique) {
        // an email's type only where the connector keeps one (mail in LDAP has no place for it)
        boolean keepsType = directory.provider().capabilities().of(Operation.CREATE_USER)
                .map(c -> c.supportedFields().contains("emails.type")).orElse(false);
        return new UserInput("Contract User " + unique, "Contract", "User " + unique, "contract." + unique,
                List.of(new Email("contract." + unique + "@example.com", true, keepsType ? "work" : null)), "Pa55-word-" + unique, List.of(),
                "Tester", null, List.of(), List.of(), List.of(), null, "employee", List.of(), null);
    }

    @BeforeEach
    void connect() {
        directory = open();
    }

    @AfterEach
    void disconnect() {
        directory.close();
    }

    protected static String unique() {
        return ProcessHandle.current().pid() + "-" + java.util.UUID.randomUUID().toString().substring(0, 6) + "-" + UNIQUE.incrementAndGet();
    }

    @Test
    void walksAllGroupsAcrossSmallPagesSeeingEachOnceInAStableOrder() {
        List<String> big = groupIds(1_000);
        List<String> small = groupIds(3);

        assertThat(big).hasSizeGreaterThan(6).doesNotHaveDuplicates();
        assertThat(small).containsExactlyElementsOf(big);
        assertThat(groupIds(3)).containsExactlyElementsOf(small);
    }

    @Test
    void pagingWithCursorsYieldsTheSameItemsAsAWalk() {
        List<String> walked = groupIds(4);
        List<String> paged = new ArrayList<>();
        ListQuery query = ListQuery.ofLimit(4);
        int pages = 0;
        while (true) {
            ListResult<Group> page = directory.listGroups(query);
            pages++;
            assertThat(page.page().result()).hasSizeLessThanOrEqualTo(4);
            assertThat(page.looping()).isFalse();
            page.page().result().forEach(g -> paged.add(g.id()));
            if (!page.page().hasMore()) {
                break;
            }
            query = query.withCursor(page.page().nextCursor());
        }
        assertThat(pages).isGreaterThan(1);
        assertThat(paged).containsExactlyElementsOf(walked);
    }

    @Test
    void getsAGroupById() {
        Group listed = directory.listGroups(ListQuery.ofLimit(1)).page().result().getFirst();

        Group got = directory.getGroup(listed.id()).item();

        assertThat(got.id()).isEqualTo(listed.id());
        assertThat(got.name()).isEqualTo(listed.name());
        assertThat(got.remoteData()).isNotNull();
    }

    @Test
    void createsAGroupThatCanBeFetchedAndListed() {
        GroupInput input = sampleGroup(unique());

        Group created = directory.createGroup(input).item();

        assertThat(created.id()).isNotBlank();
        assertThat(created.name()).isEqualTo(input.name());
        if (input.description() != null) {
            assertThat(created.description()).isEqualTo(input.description());
        }
        if (input.groupType() != null) {
            assertThat(created.groupType()).isEqualTo(input.groupType());
        }
        assertThat(directory.getGroup(created.id()).item().name()).isEqualTo(input.name());
        assertThat(groupIds(50)).contains(created.id());
    }

    @Test
    void createsAUserThatIsListed() {
        String unique = unique();
        UserInput input = sampleUser(unique);

        User created = directory.createUser(input).item();

        assertThat(created.id()).isNotBlank();
        assertThat(created.username()).isEqualTo(input.username());
        assertThat(created.primaryEmail()).isEqualTo(input.primaryEmail());
        List<User> users = new ArrayList<>();
        directory.walkUsers(ListQuery.ofLimit(500), page -> users.addAll(page.page().result()), () -> false);
        assertThat(users).extracting(User::id).contains(created.id());
    }

    @Test
    void addsAMemberWhoThenAppearsInTheGroupsUserList() {
        Group group = directory.createGroup(sampleGroup(unique())).item();
        User user = directory.createUser(sampleUser(unique())).item();

        Group after = directory.addMember(new MembershipInput(group.id(), user.id(), null)).item();

        assertThat(after.id()).isEqualTo(group.id());
        assertThat(memberIds(group.id(), 10)).containsExactly(user.id());
    }

    @Test
    void removesAMemberWhoThenIsGoneFromTheGroupsUserList() {
        Group group = directory.createGroup(sampleGroup(unique())).item();
        User stays = directory.createUser(sampleUser(unique())).item();
        User leaves = directory.createUser(sampleUser(unique())).item();
        directory.addMember(new MembershipInput(group.id(), stays.id(), null));
        directory.addMember(new MembershipInput(group.id(), leaves.id(), null));

        directory.removeMember(new MembershipInput(group.id(), leaves.id(), null));

        assertThat(memberIds(group.id(), 1)).containsExactly(stays.id());
    }

    @Test
    void removingTheLastMemberLeavesAnEmptyGroup() {
        Group group = directory.createGroup(sampleGroup(unique())).item();
        User user = directory.createUser(sampleUser(unique())).item();
        directory.addMember(new MembershipInput(group.id(), user.id(), null));

        directory.removeMember(new MembershipInput(group.id(), user.id(), null));

        ListResult<User> members = directory.listUsers(ListQuery.ofLimit(5).withGroupId(group.id()));
        assertThat(members.page().result()).isEmpty();
        assertThat(members.page().nextCursor()).isNull();
        assertThat(members.looping()).isFalse();
    }

    @Test
    void aNewGroupHasAnEmptyMemberListWithoutCursor() {
        Group group = directory.createGroup(sampleGroup(unique())).item();

        ListResult<User> members = directory.listUsers(ListQuery.ofLimit(5).withGroupId(group.id()));

        assertThat(members.page().result()).isEmpty();
        assertThat(members.page().hasMore()).isFalse();
        assertThat(members.provider().exchange()).as("even an empty page was fetched and traced").isNotNull();
    }

    @Test
    void addingAMemberTwiceIsAConflict() {
        Group group = directory.createGroup(sampleGroup(unique())).item();
        User user = directory.createUser(sampleUser(unique())).item();
        directory.addMember(new MembershipInput(group.id(), user.id(), null));

        assertThatThrownBy(() -> directory.addMember(new MembershipInput(group.id(), user.id(), null)))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT));
    }

    @Test
    void removingANonMemberIsNotFound() {
        Group group = directory.createGroup(sampleGroup(unique())).item();
        User user = directory.createUser(sampleUser(unique())).item();

        assertThatThrownBy(() -> directory.removeMember(new MembershipInput(group.id(), user.id(), null)))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    @Test
    void anAbsentGroupIsNotFound() {
        assertThatThrownBy(() -> directory.getGroup(absentGroupId()))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND));
    }

    @Test
    void invalidInputIsRefusedBeforeAnythingIsSent() {
        int before = directory.exchanges().snapshot().size();

        assertThatThrownBy(() -> directory.createGroup(new GroupInput(" ", "no name", null, null)))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION));
        assertThatThrownBy(() -> directory.addMember(new MembershipInput("", "someone", null)))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION));

        assertThat(directory.exchanges().snapshot()).hasSize(before);
    }

    @Test
    void aWrongPasswordIsAnAuthenticationError() {
        try (UnifiedDirectory wrong = openWithWrongPassword()) {
            assertThatThrownBy(wrong::verify).isInstanceOfSatisfying(DirectoryException.class,
                    e -> assertThat(e.kind()).isEqualTo(ErrorKind.AUTHENTICATION));
            assertThatThrownBy(() -> wrong.listGroups(ListQuery.ofLimit(5))).isInstanceOfSatisfying(DirectoryException.class,
                    e -> assertThat(e.kind()).isEqualTo(ErrorKind.AUTHENTICATION));
            assertThat(wrong.exchanges().snapshot()).isNotEmpty().noneMatch(x -> x.succeeded());
        }
    }

    @Test
    void aWriteWithoutTheRightIsAPermissionError() {
        Optional<UnifiedDirectory> readOnly = openReadOnly();
        assumeThat(readOnly).as("the backend has permissions").isPresent();
        try (UnifiedDirectory reader = readOnly.orElseThrow()) {
            assertThat(reader.listGroups(ListQuery.ofLimit(2)).page().result()).isNotEmpty();
            assertThatThrownBy(() -> reader.createGroup(sampleGroup(unique()))).isInstanceOfSatisfying(DirectoryException.class,
                    e -> assertThat(e.kind()).isEqualTo(ErrorKind.PERMISSION));
        }
    }

    @Test
    void anUnreachableServerIsATransportError() {
        Optional<UnifiedDirectory> unreachable = openUnreachable();
        assumeThat(unreachable).as("the connector has an address").isPresent();
        try (UnifiedDirectory nowhere = unreachable.orElseThrow()) {
            assertThatThrownBy(nowhere::verify).isInstanceOfSatisfying(DirectoryException.class,
                    e -> assertThat(e.kind()).isEqualTo(ErrorKind.TRANSPORT));
            // The failed connect is an exchange too (the inspector shows it): no answer, and why.
            assertThat(nowhere.exchanges().snapshot()).isNotEmpty().last().satisfies(x -> {
                assertThat(x.status()).isEqualTo(-1);
                assertThat(x.error()).isNotBlank();
                assertThat(x.succeeded()).isFalse();
                failedConnect(x);
            });
        }
    }

    /** What else a connector's failed-connect exchange says (its method and target). */
    protected void failedConnect(dev.roster.connectors.trace.Exchange exchange) {
    }

    @Test
    void aRepeatedCursorIsReportedAsLoopingAndStopsTheWalk() {
        try (UnifiedDirectory repeating = openWithRepeatingCursor()) {
            ListResult<Group> first = repeating.listGroups(ListQuery.ofLimit(2));
            ListResult<Group> second = repeating.listGroups(ListQuery.ofLimit(2).withCursor(first.page().nextCursor()));

            assertThat(first.looping()).isFalse();
            assertThat(second.looping()).isTrue();
            assertThat(second.page().nextCursor()).isNull();

            WalkOutcome outcome = repeating.walkGroups(ListQuery.ofLimit(2), page -> { }, () -> false);
            assertThat(outcome.looping()).isTrue();
            assertThat(outcome.complete()).isFalse();
            assertThat(outcome.pages()).isEqualTo(2);
        }
    }

    @Test
    void everyListAndWriteIsTraced() {
        ListResult<Group> page = directory.listGroups(ListQuery.ofLimit(2));
        Group created = directory.createGroup(sampleGroup(unique())).item();

        assertThat(page.provider().exchange()).isNotNull();
        assertThat(directory.exchanges().snapshot()).contains(page.provider().exchange());
        assertThat(directory.exchanges().snapshot()).anySatisfy(x -> assertThat(x.target()).isNotBlank())
                .allSatisfy(x -> assertThat(x.connection()).isEqualTo(directory.connectionName()));
        assertThat(created.id()).isNotBlank();
    }

    /** The groups-of-a-user scenarios run where the connector declares the user_id filter. */
    private void assumeGroupsOfAUser() {
        assumeThat(directory.capabilities().of(Operation.LIST_GROUPS).map(c -> c.filters().contains(OperationCapability.USER_ID)))
                .as("the connector lists the groups of a user").contains(true);
    }

    @Test
    void listsTheGroupsOfAUserAcrossPagesAndByCursor() {
        assumeGroupsOfAUser();
        User user = directory.createUser(sampleUser(unique())).item();
        User other = directory.createUser(sampleUser(unique())).item();
        List<String> his = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Group group = directory.createGroup(sampleGroup(unique())).item();
            directory.addMember(new MembershipInput(group.id(), user.id(), null));
            his.add(group.id());
        }
        Group notHis = directory.createGroup(sampleGroup(unique())).item();
        directory.addMember(new MembershipInput(notHis.id(), other.id(), null));
        directory.addMember(new MembershipInput(his.get(1), other.id(), null));

        List<String> walked = new ArrayList<>();
        WalkOutcome outcome = directory.walkGroups(ListQuery.ofLimit(2).withUserId(user.id()),
                page -> page.page().result().stream().filter(g -> !everyonesGroup(g)).forEach(g -> walked.add(g.id())), () -> false);
        assertThat(outcome.complete()).isTrue();
        assertThat(outcome.pages()).as("three groups at two a page").isGreaterThan(1);
        assertThat(walked).containsExactlyInAnyOrderElementsOf(his);

        List<String> paged = new ArrayList<>();
        ListQuery query = ListQuery.ofLimit(2).withUserId(user.id());
        for (int pages = 0; pages < 10; pages++) {
            ListResult<Group> page = directory.listGroups(query);
            assertThat(page.page().result()).hasSizeLessThanOrEqualTo(2);
            assertThat(page.looping()).isFalse();
            page.page().result().stream().filter(g -> !everyonesGroup(g)).forEach(g -> paged.add(g.id()));
            if (!page.page().hasMore()) {
                break;
            }
            query = query.withCursor(page.page().nextCursor());
        }
        assertThat(paged).containsExactlyElementsOf(walked);
    }

    @Test
    void aUserInNoGroupHasAnEmptyGroupList() {
        assumeGroupsOfAUser();
        User user = directory.createUser(sampleUser(unique())).item();

        List<Group> groups = new ArrayList<>();
        WalkOutcome outcome = directory.walkGroups(ListQuery.ofLimit(5).withUserId(user.id()),
                page -> groups.addAll(page.page().result()), () -> false);

        assertThat(outcome.complete()).isTrue();
        assertThat(groups).allMatch(this::everyonesGroup);
    }

    @Test
    void theGroupsOfAnUnknownUserAreNotFound() {
        assumeGroupsOfAUser();
        String absent = absentUserId();
        assertThatThrownBy(() -> directory.listGroups(ListQuery.ofLimit(5).withUserId(absent)))
                .isInstanceOfSatisfying(DirectoryException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
                    assertThat(e.getMessage()).contains("There is no user " + absent);
                });
    }

    @Test
    void aUserIdOnAUsersListOrWithAGroupIdIsRefusedBeforeAnythingIsSent() {
        int before = directory.exchanges().snapshot().size();
        String someone = absentUserId();

        assertThatThrownBy(() -> directory.listUsers(ListQuery.ofLimit(5).withUserId(someone)))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION));
        assertThatThrownBy(() -> directory.listUsers(ListQuery.ofLimit(5).withUserId(someone).withGroupId(absentGroupId())))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION));
        assertThatThrownBy(() -> directory.listGroups(ListQuery.ofLimit(5).withUserId(someone).withGroupId(absentGroupId())))
                .isInstanceOfSatisfying(DirectoryException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.VALIDATION));

        assertThat(directory.exchanges().snapshot()).hasSize(before);
    }

    protected List<String> groupIds(int limit) {
        List<String> ids = new ArrayList<>();
        WalkOutcome outcome = directory.walkGroups(ListQuery.ofLimit(limit),
                page -> page.page().result().forEach(g -> ids.add(g.id())), () -> false);
        assertThat(outcome.complete()).isTrue();
        return ids;
    }

    protected List<String> memberIds(String groupId, int limit) {
        List<String> ids = new ArrayList<>();
        WalkOutcome outcome = directory.walkUsers(ListQuery.ofLimit(limit).withGroupId(groupId),
                page -> page.page().result().forEach(u -> ids.add(u.id())), () -> false);
        assertThat(outcome.complete()).isTrue();
        return ids;
    }
}

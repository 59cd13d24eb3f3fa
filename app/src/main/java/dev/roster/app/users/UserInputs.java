package dev.roster.app.users;

import static dev.roster.connectors.model.Text.blankToNull;

import dev.roster.app.ui.form.Form;
import dev.roster.connectors.model.Email;
import dev.roster.connectors.model.GroupRef;
import dev.roster.connectors.model.NamedRef;
import dev.roster.connectors.model.Phone;
import dev.roster.connectors.model.Role;
import dev.roster.connectors.model.UserInput;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Turns what was typed into a {@link UserInput}: blank means absent, lists are comma-separated ids, and only
 * fields the connector supports are sent (a hidden field never leaks into the request).
 */
final class UserInputs {
    private UserInputs() {
    }

    static UserInput from(CreateUserViewModel vm) {
        List<Email> emails = vm.state().supports("emails") ? vm.emails().stream()
                .filter(r -> !r.emailProperty().get().isBlank())
                .map(r -> new Email(r.emailProperty().get().strip(), r.primaryProperty().get(), vm.emailTypeKept() ? blankToNull(r.typeProperty().get()) : null))
                .toList() : List.of();
        List<Phone> phones = vm.state().supports("phones") ? vm.phones().stream()
                .filter(r -> !r.numberProperty().get().isBlank())
                .map(r -> new Phone(r.numberProperty().get().strip(), blankToNull(r.typeProperty().get()),
                        blankToNull(r.extensionProperty().get())))
                .toList() : List.of();
        return new UserInput(
                text(vm, "name"), text(vm, "first_name"), text(vm, "last_name"), text(vm, "username"), emails,
                password(vm), phones, text(vm, "title"), text(vm, "status"),
                list(vm, "groups", id -> new GroupRef(id, null, null)),
                list(vm, "roles", id -> new Role(id, null, null, null, null)),
                list(vm, "workspaces", id -> new NamedRef(id, null)),
                text(vm, "timezone"), text(vm, "user_type"), list(vm, "languages", s -> s),
                vm.state().supports("remote_data") ? Form.parseObject(vm.remoteDataProperty().get()) : null);
    }

    private static String text(CreateUserViewModel vm, String field) {
        return vm.state().supports(field) ? blankToNull(vm.text(field).get()) : null;
    }

    /** The password as typed: spaces may be part of it. */
    private static String password(CreateUserViewModel vm) {
        String typed = vm.text("password").get();
        return vm.state().supports("password") && typed != null && !typed.isEmpty() ? typed : null;
    }

    private static <T> List<T> list(CreateUserViewModel vm, String field, Function<String, T> item) {
        String typed = text(vm, field);
        return typed == null ? List.of() : Arrays.stream(typed.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(item).toList();
    }
}

package dev.roster.connectors.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.trace.Redactor;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LdapErrorsTest {

    @ParameterizedTest(name = "{0} read -> {1}, write -> {2}")
    @CsvSource({
            "49, AUTHENTICATION, AUTHENTICATION",
            "48, AUTHENTICATION, AUTHENTICATION",
            "13, AUTHENTICATION, AUTHENTICATION",
            "50, PERMISSION, PERMISSION",
            "32, NOT_FOUND, NOT_FOUND",
            "16, NOT_FOUND, NOT_FOUND",
            "68, CONFLICT, CONFLICT",
            "20, CONFLICT, CONFLICT",
            "51, TRANSPORT, TRANSPORT",
            "52, TRANSPORT, TRANSPORT",
            "53, REMOTE, REMOTE",
            "91, TRANSPORT, TRANSPORT",
            "81, TRANSPORT, UNKNOWN_OUTCOME",
            "85, TRANSPORT, UNKNOWN_OUTCOME",
            "2, PROTOCOL, PROTOCOL",
            "84, PROTOCOL, PROTOCOL",
            "11, REMOTE, REMOTE",
            "4, REMOTE, REMOTE",
            "65, REMOTE, REMOTE",
            "10, REMOTE, REMOTE"})
    void resultCodesMapToErrorKinds(int code, ErrorKind read, ErrorKind write) {
        assertThat(LdapErrors.kind(ResultCode.valueOf(code), false)).isEqualTo(read);
        assertThat(LdapErrors.kind(ResultCode.valueOf(code), true)).isEqualTo(write);
    }

    @Test
    void theMessageKeepsTheServersDiagnosticAndTheRawResultScrubbed() {
        LDAPException refused = new LDAPException(ResultCode.INSUFFICIENT_ACCESS_RIGHTS,
                "no write access to the parent; bound with s3cret-value", "ou=Groups,dc=example,dc=com", null);

        DirectoryException e = LdapErrors.failure("create group cn=x", refused, ErrorKind.PERMISSION,
                Redactor.knowing(List.of("s3cret-value")));

        assertThat(e.kind()).isEqualTo(ErrorKind.PERMISSION);
        assertThat(e.providerStatus()).contains(50);
        assertThat(e.getMessage()).isEqualTo(
                "create group cn=x: insufficient access rights (50): no write access to the parent; bound with ****");
        assertThat(e.rawResponse().orElseThrow()).contains("\"matched_dn\":\"ou=Groups,dc=example,dc=com\"").doesNotContain("s3cret");
    }

    @Test
    void anUnknownOutcomeSaysSo() {
        DirectoryException e = LdapErrors.failure("add member", new LDAPException(ResultCode.SERVER_DOWN, "connection closed"),
                ErrorKind.UNKNOWN_OUTCOME, Redactor.DEFAULT);

        assertThat(e.getMessage()).contains("may or may not have been made");
    }

    @Test
    void theSdksOwnMessagesNeverQuoteTheRequest() {
        String sdkMessage = "An error occurred while sending add request AddRequest(dn='uid=a', attrs={Attribute(name=userPassword,"
                + " values={'Planted-Secret-1'})})";

        DirectoryException e = LdapErrors.failure("create user uid=a", new LDAPException(ResultCode.LOCAL_ERROR, sdkMessage),
                ErrorKind.REMOTE, Redactor.DEFAULT);
        DirectoryException down = LdapErrors.failure("create user uid=a", new LDAPException(ResultCode.SERVER_DOWN, sdkMessage),
                ErrorKind.UNKNOWN_OUTCOME, Redactor.DEFAULT);

        assertThat(e.getMessage()).contains("An error occurred while sending add request").doesNotContain("Planted-Secret-1");
        assertThat(down.getMessage()).contains("closed before the server answered").doesNotContain("Planted-Secret-1");
    }

    @Test
    void aRefusedPageSizeHintsAtTheSetting() {
        DirectoryException e = LdapErrors.failure("list groups", new LDAPException(ResultCode.ADMIN_LIMIT_EXCEEDED),
                ErrorKind.REMOTE, Redactor.DEFAULT);

        assertThat(e.getMessage()).contains("lower page_size or limit");
    }
}

package dev.roster.connectors.ldap;

import static org.assertj.core.api.Assertions.assertThat;

import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.ResultCode;
import dev.roster.connectors.DirectoryException;
import dev.roster.connectors.ErrorKind;
import dev.roster.connectors.trace.Redactor;
import com.unboundid.ldap.sdk.DN;
import com.unboundid.ldap.sdk.LDAPResult;
import java.time.Duration;
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

    private static final LdapConfig CONFIG = new LdapConfig("t", "ldap.example.com", 389, false, false, dn("cn=r,dc=x"), "pw",
            dn("dc=x"), dn("dc=x"), dn("dc=x"), GroupFlavor.GROUP_OF_NAMES, "member", "inetOrgPerson", 200,
            Duration.ofSeconds(7), Duration.ofSeconds(9), null);

    private static DN dn(String value) {
        try {
            return new DN(value);
        } catch (LDAPException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static DirectoryException failure(String what, LDAPException e, ErrorKind kind) {
        return LdapErrors.failure(what, e, kind, Redactor.DEFAULT, CONFIG);
    }

    @Test
    void theMessageIsOneSentenceAndTheServersDiagnosticGoesToTheRawResponseScrubbed() {
        LDAPException refused = new LDAPException(new LDAPResult(1, ResultCode.INSUFFICIENT_ACCESS_RIGHTS,
                "no write access to the parent; bound with s3cret-value", "ou=Groups,dc=example,dc=com", (String[]) null, null));

        DirectoryException e = LdapErrors.failure("create group cn=x", refused, ErrorKind.PERMISSION,
                Redactor.knowing(List.of("s3cret-value")), CONFIG);

        assertThat(e.kind()).isEqualTo(ErrorKind.PERMISSION);
        assertThat(e.providerStatus()).contains(50);
        assertThat(e.getMessage()).isEqualTo("The server refused to create group cn=x: the bind account may not do this"
                + " (insufficient access rights, 50): ask the directory's administrator for access.");
        assertThat(e.rawResponse().orElseThrow()).contains("\"matched_dn\":\"ou=Groups,dc=example,dc=com\"")
                .contains("no write access to the parent").doesNotContain("s3cret");
    }

    @Test
    void anUnknownOutcomeSaysSo() {
        DirectoryException e = failure("add member", new LDAPException(ResultCode.SERVER_DOWN, "connection closed"),
                ErrorKind.UNKNOWN_OUTCOME);

        assertThat(e.getMessage()).contains("Could not tell whether the server did add member").contains("check before trying again");
    }

    @Test
    void theSdksOwnMessagesNeverReachTheSentence() {
        String sdkMessage = "An error occurred while sending add request AddRequest(dn='uid=a', attrs={Attribute(name=userPassword,"
                + " values={'Planted-Secret-1'})})";
        String connectMessage = "An error occurred while attempting to connect to server ldap.example.com:389:  IOException("
                + "LDAPException(resultCode=91 (connect error), errorMessage='Connection refused'), ldapSDKVersion=7.0.5, revision=abc)";

        DirectoryException e = failure("create user uid=a", new LDAPException(ResultCode.LOCAL_ERROR, sdkMessage), ErrorKind.REMOTE);
        DirectoryException down = failure("create user uid=a", new LDAPException(ResultCode.SERVER_DOWN, sdkMessage),
                ErrorKind.UNKNOWN_OUTCOME);
        DirectoryException refused = failure("connect to ldap://ldap.example.com:389", new LDAPException(ResultCode.CONNECT_ERROR,
                connectMessage, new java.io.IOException(new java.net.ConnectException("Connection refused"))), ErrorKind.TRANSPORT);

        assertThat(e.getMessage()).doesNotContain("Planted-Secret-1").doesNotContain("AddRequest");
        assertThat(down.getMessage()).contains("closed before it answered").doesNotContain("Planted-Secret-1");
        assertThat(refused.getMessage()).isEqualTo("Could not connect to ldap://ldap.example.com:389: the connection was refused:"
                + " check the url setting and that the server is running.");
    }

    @Test
    void aConnectTimeoutNamesItsSetting() {
        LDAPException timedOut = new LDAPException(ResultCode.CONNECT_ERROR, "connect failed",
                new java.io.IOException(new java.net.SocketTimeoutException("Connect timed out")));

        DirectoryException e = failure("connect to ldap://ldap.example.com:389", timedOut, ErrorKind.TRANSPORT);

        assertThat(e.getMessage()).contains("connect_timeout_seconds (7 s)");
    }

    @Test
    void aRefusedPageSizeHintsAtTheSetting() {
        DirectoryException e = failure("list groups", new LDAPException(ResultCode.ADMIN_LIMIT_EXCEEDED), ErrorKind.REMOTE);

        assertThat(e.getMessage()).contains("lower page_size or limit");
    }

    @Test
    void aResultWithoutItsOwnSentenceQuotesTheServerAndPointsToTheFullAnswer() {
        DirectoryException e = failure("create group cn=x",
                new LDAPException(new LDAPResult(1, ResultCode.OTHER, "index generation failed", null, (String[]) null, null)),
                ErrorKind.REMOTE);

        assertThat(e.getMessage()).isEqualTo("The server refused to create group cn=x (other, 80: index generation failed):"
                + " the inspector and raw_response have its full answer.");
    }
}

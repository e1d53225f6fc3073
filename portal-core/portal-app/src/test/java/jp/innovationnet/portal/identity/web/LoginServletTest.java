package jp.innovationnet.portal.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;

/** After login the browser may only be sent to a path on this site: no open redirect. */
class LoginServletTest {

    @ParameterizedTest
    @CsvSource({
            "/api/me, /api/me",
            "/members?page=2, /members?page=2",
            "https://evil.example/, /",
            "//evil.example/, /",
            "/\\evil.example, /",
            "members, /",
            "'', /"
    })
    void only_local_paths_are_followed(String next, String expected) {
        assertThat(LoginServlet.localPath(next)).isEqualTo(expected);
    }

    @ParameterizedTest
    @NullSource
    void no_next_goes_home(String next) {
        assertThat(LoginServlet.localPath(next)).isEqualTo("/");
    }

    @ParameterizedTest
    @CsvSource({"'/a\r\nSet-Cookie: x=y'"})
    void control_characters_are_refused(String next) {
        assertThat(LoginServlet.localPath(next)).isEqualTo("/");
    }
}

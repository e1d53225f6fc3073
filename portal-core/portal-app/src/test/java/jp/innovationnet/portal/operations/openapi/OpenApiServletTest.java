package jp.innovationnet.portal.operations.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenApiServletTest {

    @ParameterizedTest(name = "format={0} Accept={1} -> json={2}")
    @CsvSource(nullValues = "NULL", value = {
            "NULL, NULL, false",
            "NULL, '*/*', false",
            "NULL, application/json, true",
            "NULL, 'application/json, text/plain;q=0.5', true",
            "NULL, 'application/yaml, application/json;q=0.9', false",
            "NULL, text/plain, false",
            "json, NULL, true",
            "JSON, application/yaml, true",
            "yaml, application/json, false",
            "'', application/json, true"
    })
    void choosesFormatLikeLiberty(String format, String accept, boolean json) {
        assertThat(OpenApiServlet.wantsJson(format, accept)).isEqualTo(json);
    }
}

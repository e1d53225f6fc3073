package jp.innovationnet.portal.plugin.host.routing;

import java.util.Map;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.HttpMethod;
import jp.innovationnet.portal.plugin.api.http.RouteHandler;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouteTableTest {

    private static final RouteHandler OK = request -> RouteResponse.noContent();

    @Test
    void matchesTemplatesAndDecodesParameters() {
        RouteTable table = new RouteTable();
        table.get("/notes/{id}", Access.AUTHENTICATED, "one note", OK);

        RouteTable.Match match = table.match(HttpMethod.GET, "/notes/%E3%83%A1%E3%83%A2").orElseThrow();

        assertThat(match.parameters()).isEqualTo(Map.of("id", "メモ"));
        assertThat(table.match(HttpMethod.GET, "/notes")).isEmpty();
        assertThat(table.match(HttpMethod.GET, "/notes/1/more")).isEmpty();
        assertThat(table.match(HttpMethod.DELETE, "/notes/1")).isEmpty();
        assertThat(table.matchesPath("/notes/1")).isTrue();
    }

    @Test
    void aLiteralSegmentWinsOverAParameterWhateverTheOrderOfRegistration() {
        RouteTable table = new RouteTable();
        table.get("/notes/{id}", Access.AUTHENTICATED, "one note", OK);
        table.get("/notes/recent", Access.PUBLIC, "recent notes", OK);

        assertThat(table.match(HttpMethod.GET, "/notes/recent").orElseThrow().route().summary())
                .isEqualTo("recent notes");
        assertThat(table.match(HttpMethod.GET, "/notes/7").orElseThrow().route().summary()).isEqualTo("one note");
    }

    @Test
    void refusesMalformedTemplatesDuplicatesAndLateRegistrations() {
        RouteTable table = new RouteTable();
        assertThatThrownBy(() -> table.get("notes", Access.PUBLIC, "", OK)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> table.get("/notes/{id", Access.PUBLIC, "", OK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> table.get("/../etc", Access.PUBLIC, "", OK))
                .isInstanceOf(IllegalArgumentException.class);
        table.get("/notes/{id}", Access.PUBLIC, "", OK);
        assertThatThrownBy(() -> table.get("/notes/{other}", Access.PUBLIC, "", OK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
        table.freeze();
        assertThatThrownBy(() -> table.post("/notes", Access.PUBLIC, "", OK))
                .isInstanceOf(IllegalStateException.class);
    }
}

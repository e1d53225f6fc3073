package jp.innovationnet.portal.plugin.testkit;

import java.io.StringReader;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

/**
 * What a route answered: its status and headers, and its body as the portal would write it (JSON text, or the
 * bytes of a non-JSON body), or the problem it ended with.
 *
 * @param status      the status
 * @param headers     the headers the plugin set
 * @param json        the body as JSON text; empty when there is none or it is not JSON
 * @param content     the body's bytes when it is not JSON; empty otherwise
 * @param fieldErrors for a problem: the fields at fault with their messages
 * @param detail      for a problem: what went wrong
 */
public record TestResponse(int status, Map<String, String> headers, Optional<String> json, Optional<byte[]> content,
                           Map<String, String> fieldErrors, String detail) {

    /** @return the JSON body parsed, for assertions @throws IllegalStateException when there is none */
    public JsonStructure body() {
        String text = json.orElseThrow(() -> new IllegalStateException("no JSON body; status " + status
                + (detail == null ? "" : ": " + detail)));
        try (var reader = Json.createReader(new StringReader(text))) {
            return reader.read();
        }
    }

    @Override
    public String toString() {
        return status + " " + json.orElse(detail == null ? "" : detail + " " + fieldErrors);
    }
}

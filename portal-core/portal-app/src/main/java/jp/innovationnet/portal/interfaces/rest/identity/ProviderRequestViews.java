package jp.innovationnet.portal.interfaces.rest.identity;

import java.util.List;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import jp.innovationnet.portal.identity.federation.IdentityProviderRequest;

/** Identity provider requests as JSON: everything but the client secret, which is never shown. */
final class ProviderRequestViews {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private ProviderRequestViews() {
    }

    static JsonObject view(IdentityProviderRequest r) {
        JsonObjectBuilder json = JSON.createObjectBuilder()
                .add("id", r.getId())
                .add("organizationId", r.getOrganizationId())
                .add("alias", r.getAlias())
                .add("protocol", r.getProtocol())
                .add("discoveryUrl", r.getDiscoveryUrl())
                .add("clientId", r.getClientId())
                .add("domain", r.getDomain())
                .add("status", r.getStatus().name())
                .add("requestedBy", r.getRequestedBy())
                .add("requestedAt", r.getRequestedAt().toString());
        if (r.getDecidedBy() != null) {
            json.add("decidedBy", r.getDecidedBy()).add("decidedAt", r.getDecidedAt().toString());
        }
        if (r.getReason() != null) {
            json.add("reason", r.getReason());
        }
        return json.build();
    }

    static String list(List<IdentityProviderRequest> requests) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        requests.forEach(r -> array.add(view(r)));
        return array.build().toString();
    }
}

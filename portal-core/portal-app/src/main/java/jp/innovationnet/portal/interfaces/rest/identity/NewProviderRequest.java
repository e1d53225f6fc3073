package jp.innovationnet.portal.interfaces.rest.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A member's own identity provider, as its administrator asks for it.
 *
 * @param protocol     {@code oidc} (SAML is not offered yet)
 * @param discoveryUrl the provider's issuer URL or its OpenID discovery document URL (http or https)
 * @param clientId     the client the network is registered as at the provider
 * @param clientSecret its secret (kept only until Keycloak has it, never shown)
 * @param domain       the organization's e-mail domain, e.g. {@code tama.example}
 */
public record NewProviderRequest(
        @Pattern(regexp = "oidc", message = "oidc (SAML is not offered yet)") String protocol,
        @NotBlank @Size(max = 1000) @Pattern(regexp = "https?://[^\\s]+", message = "an http(s) URL") String discoveryUrl,
        @NotBlank @Size(max = 255) String clientId,
        @NotBlank @Size(max = 1000) String clientSecret,
        @NotBlank @Size(max = 255) @Pattern(regexp = "(?i)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}",
                message = "an e-mail domain such as member.example") String domain) {

    /** @return the discovery document's URL, also when the issuer was given */
    public String discoveryDocumentUrl() {
        String url = discoveryUrl.strip();
        return url.contains("/.well-known/") ? url : url.replaceAll("/+$", "") + "/.well-known/openid-configuration";
    }
}

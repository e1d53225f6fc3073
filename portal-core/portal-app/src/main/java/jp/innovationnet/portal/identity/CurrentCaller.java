package jp.innovationnet.portal.identity;

import java.security.Principal;
import java.util.Collection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.ibm.websphere.security.openidconnect.PropagationHelper;
import com.ibm.websphere.security.openidconnect.token.IdToken;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request as the plugin contract's {@link PortalCaller}, whichever way they logged in:
 * <ul>
 *   <li>bearer token ({@code /api/} with {@code Authorization: Bearer}): the principal is mpJwt's
 *       {@link JsonWebToken};</li>
 *   <li>browser session (Liberty's SSO cookie after the OIDC login): the claims of the ID token Liberty keeps in
 *       the subject, read through {@link PropagationHelper} (injecting {@code JsonWebToken} there yields an empty
 *       stand-in);</li>
 *   <li>nobody: {@link PortalCaller#anonymous(Locale)}.</li>
 * </ul>
 * Roles are the portal's realm roles from the {@code groups} claim. The organization is the alias in the
 * {@code organization} claim (the client asks for scope {@code organization:*}); a user in several organizations
 * acts for the one chosen in this browser session ({@link #chooseOrganization}), else for the first alias in
 * alphabetical order. The locale is Japanese or English, from {@code Accept-Language}
 * (Japanese when neither is asked for).
 */
@RequestScoped
public class CurrentCaller {

    private static final Logger LOG = Logger.getLogger(CurrentCaller.class.getName());

    @Inject
    HttpServletRequest request;

    /** The HTTP session attribute that holds the organization a browser user chose to act for. */
    static final String CHOSEN_ORGANIZATION = "portal.organization";

    private PortalCaller caller;
    private Set<String> organizations = Set.of();

    /** @return the caller of the current request */
    public PortalCaller get() {
        if (caller == null) {
            caller = resolve();
        }
        return caller;
    }

    /** @return the caller, for injection as {@code @Inject PortalCaller caller} */
    @Produces
    PortalCaller produce() {
        return get();
    }

    /** @return the aliases of every organization the caller belongs to, in alphabetical order */
    public Set<String> organizations() {
        get();
        return organizations;
    }

    /**
     * Makes the caller act for another of their organizations for the rest of this browser session.
     *
     * @param alias one of {@link #organizations()}
     * @return false (and nothing changed) when the caller does not belong to it or logged in with a bearer token
     */
    public boolean chooseOrganization(String alias) {
        if (!organizations().contains(alias) || viaBearerToken()) {
            return false;
        }
        request.getSession().setAttribute(CHOSEN_ORGANIZATION, alias);
        PortalCaller c = get();
        caller = new PortalCaller(c.userId(), c.username(), c.displayName(), c.email(), c.roles(), Optional.of(alias),
                c.locale());
        return true;
    }

    /** @return whether the request authenticated with a bearer token (and so needs no CSRF token) */
    public boolean viaBearerToken() {
        return request.getUserPrincipal() instanceof JsonWebToken;
    }

    private PortalCaller resolve() {
        Locale locale = locale(request);
        Principal principal = request.getUserPrincipal();
        if (principal == null) {
            return PortalCaller.anonymous(locale);
        }
        if (principal instanceof JsonWebToken jwt) {
            return fromClaims(jwt::getClaim, principal.getName(), locale, Optional.empty());
        }
        IdToken idToken = idToken();
        if (idToken == null) {
            // A container login that carries no OIDC token (should not happen with this server's configuration)
            LOG.warning(() -> "No ID token for " + principal.getName() + "; treating the caller as anonymous");
            return PortalCaller.anonymous(locale);
        }
        return fromClaims(idToken::getClaim, principal.getName(), locale, chosenInSession());
    }

    private Optional<String> chosenInSession() {
        var session = request.getSession(false);
        return session == null ? Optional.empty()
                : Optional.ofNullable(session.getAttribute(CHOSEN_ORGANIZATION)).map(Object::toString);
    }

    private static IdToken idToken() {
        try {
            return PropagationHelper.getIdToken();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "No OIDC token in the subject", e);
            return null;
        }
    }

    private PortalCaller fromClaims(Function<String, Object> claims, String principalName, Locale locale,
                              Optional<String> chosen) {
        String sub = text(claims.apply("sub")).orElse("");
        String username = text(claims.apply("preferred_username")).orElse(principalName);
        String displayName = PersonName.display(text(claims.apply("given_name")).orElse(""),
                        text(claims.apply("family_name")).orElse(""), locale)
                .or(() -> text(claims.apply("name"))).orElse(username);
        Optional<String> email = text(claims.apply("email"));
        Set<String> roles = new TreeSet<>();
        for (String group : strings(claims.apply("groups"))) {
            PortalRole.byName(group).ifPresent(r -> roles.add(r.roleName()));
        }
        organizations = Collections.unmodifiableSet(strings(claims.apply("organization")));
        Optional<String> organization = chosen.filter(organizations::contains)
                .or(() -> organizations.stream().findFirst());
        return new PortalCaller(sub, username, displayName, email, roles, organization, locale);
    }

    /**
     * @param request the request
     * @return Japanese or English, the first of the two the request's {@code Accept-Language} asks for
     */
    public static Locale locale(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null) {
            Enumeration<Locale> locales = request.getLocales();
            while (locales.hasMoreElements()) {
                String language = locales.nextElement().getLanguage();
                if ("ja".equals(language)) {
                    return Locale.JAPANESE;
                }
                if ("en".equals(language)) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.JAPANESE;
    }

    private static Optional<String> text(Object claim) {
        if (claim == null) {
            return Optional.empty();
        }
        String value = claim instanceof jakarta.json.JsonString s ? s.getString() : claim.toString();
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    /** Claims arrive as Java collections, JSON-P values or (from Liberty's ID token) JSON text, depending on path. */
    private static Set<String> strings(Object claim) {
        Set<String> values = new TreeSet<>();
        switch (claim) {
            case null -> {
            }
            case Map<?, ?> map -> map.keySet().forEach(k -> values.add(k.toString()));
            case JsonArray array -> array.forEach(v -> values.add(jsonText(v)));
            case Collection<?> collection -> collection.forEach(v -> values.add(jsonText(v)));
            case String text when text.startsWith("[") -> {
                try (var reader = Json.createReader(new java.io.StringReader(text))) {
                    reader.readArray().forEach(v -> values.add(jsonText(v)));
                } catch (JsonParsingException e) {
                    values.add(text);
                }
            }
            default -> values.add(claim.toString());
        }
        values.remove("");
        return values;
    }

    private static String jsonText(Object value) {
        if (value instanceof jakarta.json.JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonValue v && v.getValueType() == JsonValue.ValueType.NULL) {
            return "";
        }
        String text = String.valueOf(value);
        return text.length() > 1 && text.startsWith("\"") && text.endsWith("\"")
                ? text.substring(1, text.length() - 1) : text;
    }
}

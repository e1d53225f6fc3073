package jp.innovationnet.portal.identity;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import jp.innovationnet.portal.plugin.api.http.Caller;

/** Who is calling, from the container's security context. (Replaced by the identity work on merge.) */
@RequestScoped
public class CurrentCaller {

    private static final Set<String> ROLES = Set.of("secretariat", "member-admin", "member-staff", "coordinator",
            "steering-agency", "overseas-partner");

    @Inject
    HttpServletRequest request;

    /** @return the caller */
    public Caller get() {
        Locale locale = request.getLocale() != null && "ja".equals(request.getLocale().getLanguage())
                ? Locale.JAPANESE : Locale.ENGLISH;
        if (request.getUserPrincipal() == null) {
            return Caller.anonymous(locale);
        }
        String name = request.getUserPrincipal().getName();
        Set<String> roles = ROLES.stream().filter(request::isUserInRole).collect(Collectors.toSet());
        return new Caller(name, name, name, Optional.empty(), roles, Optional.empty(), locale);
    }
}

package jp.innovationnet.portal.plugins.events.rest;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.api.http.ProblemException;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugins.events.event.EventKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class EventListQueryTest {

    private static final Caller MEMBER = new Caller("u-1", "tama.staff", "多摩 花子", Optional.empty(),
            Set.of("member-staff"), Optional.of("tama"), Locale.ENGLISH);
    private static final Caller VISITOR = Caller.anonymous(Locale.ENGLISH);

    @Test
    void noParametersAskForUpcomingEventsOfEveryOrganiser() {
        EventListQuery query = EventListQuery.of(params(Map.of()), VISITOR);
        assertThat(query.filter().past()).isFalse();
        assertThat(query.filter().organiser()).isEmpty();
        assertThat(query.filter().among()).isEmpty();
        assertThat(query.registeredOnly()).isFalse();
        assertThat(query.filter().limit()).isEqualTo(50);
    }

    @Test
    void anOrganiserNarrowsToThatOrganizationsEvents() {
        EventListQuery query = EventListQuery.of(params(Map.of("organiser", " tama ", "kind", "seminar")), VISITOR);
        assertThat(query.filter().organiser()).contains("tama");
        assertThat(query.filter().kind()).contains(EventKind.SEMINAR);
    }

    @Test
    void registeredMeIsForLoggedInCallersAndNarrowsToTheirEventsOnly() {
        EventListQuery query = EventListQuery.of(params(Map.of("registered", "me", "when", "past")), MEMBER);
        assertThat(query.registeredOnly()).isTrue();
        assertThat(query.filter().past()).isTrue();
        assertThat(query.filter().among(Set.of(3L, 7L)).among()).contains(Set.of(3L, 7L));

        ProblemException visitor = catchThrowableOfType(ProblemException.class,
                () -> EventListQuery.of(params(Map.of("registered", "me")), VISITOR));
        assertThat(visitor.status()).isEqualTo(401);
    }

    @Test
    void badParametersAreNamedTogether() {
        ProblemException bad = catchThrowableOfType(ProblemException.class, () -> EventListQuery.of(
                params(Map.of("registered", "someone-else", "month", "2026-13", "kind", "party")), MEMBER));
        assertThat(bad.status()).isEqualTo(FieldErrors.STATUS);
        assertThat(bad.fieldErrors()).containsOnlyKeys("registered", "month", "kind");
        assertThat(bad.fieldErrors().get("registered")).isEqualTo("must be one of: me");
    }

    private static Function<String, Optional<String>> params(Map<String, String> values) {
        return name -> Optional.ofNullable(values.get(name));
    }
}

package jp.innovationnet.portal.plugins.coordinators.rest;

import java.util.List;
import java.util.Locale;

import jp.innovationnet.portal.plugin.api.activity.Activity;
import jp.innovationnet.portal.plugin.api.kit.Label;
import jp.innovationnet.portal.plugin.api.kit.Languages;
import jp.innovationnet.portal.plugins.coordinators.capacity.Certificate;
import jp.innovationnet.portal.plugins.coordinators.capacity.Mentoring;

/**
 * A coordinator's capacity building: the trainings they attended (from the activity log), their certificates and
 * their mentoring pairs.
 *
 * @param userId       whose
 * @param trainings    trainings attended, newest first
 * @param certificates certificates, newest first
 * @param mentoring    mentoring pairs, running ones first
 */
public record CapacityView(String userId, List<Training> trainings, List<CertificateView> certificates,
                           List<PairView> mentoring) {

    /**
     * @param title the training's title in the reader's language
     * @param on    when it took place
     * @param link  its page
     */
    public record Training(String title, String on, String link) {

        static Training of(Activity attended, Locale locale) {
            var report = attended.report();
            String title = Languages.isJapanese(locale) && !report.titleJa().isEmpty() || report.titleEn().isEmpty()
                    ? report.titleJa() : report.titleEn();
            return new Training(title, report.occurredAt().toString(), report.path().orElse(null));
        }
    }

    /**
     * @param id       its id
     * @param kind     what kind, labelled
     * @param title    its name
     * @param issuer   who issued it
     * @param issuedOn when
     * @param verified whether the secretariat checked it
     */
    public record CertificateView(long id, Label kind, String title, String issuer, String issuedOn,
                                  boolean verified) {

        static CertificateView of(Certificate c, Locale locale) {
            return new CertificateView(c.id(), new Label(c.kind().code(), c.kind().label(locale)), c.title(),
                    c.issuer(), c.issuedOn().toString(), c.verifiedAt().isPresent());
        }
    }

    /**
     * @param id        its id
     * @param mentor    who guides
     * @param mentee    who is guided
     * @param focus     on what, in the reader's language where written (else Japanese)
     * @param startedOn from when
     * @param endedOn   the last day; null while it runs
     */
    public record PairView(long id, CaseView.Person mentor, CaseView.Person mentee, String focus, String startedOn,
                           String endedOn) {

        static PairView of(Mentoring m, Locale locale) {
            String focus = Languages.isJapanese(locale) ? m.focusJa() : m.focusEn().orElse(m.focusJa());
            return new PairView(m.id(), new CaseView.Person(m.mentor().userId(), m.mentor().name()),
                    new CaseView.Person(m.mentee().userId(), m.mentee().name()), focus, m.startedOn().toString(),
                    m.endedOn().map(Object::toString).orElse(null));
        }
    }
}

package jp.innovationnet.portal.plugins.coordinators.helprequest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.PluginContext;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.Prefecture;
import jp.innovationnet.portal.plugins.coordinators.audience.Audience;
import jp.innovationnet.portal.plugins.coordinators.notice.CoordinatorNotice;
import jp.innovationnet.portal.plugins.coordinators.profile.Profile;
import jp.innovationnet.portal.plugins.coordinators.profile.ProfileContent;
import jp.innovationnet.portal.plugins.coordinators.profile.Profiles;
import jp.innovationnet.portal.plugins.coordinators.search.Facet;
import jp.innovationnet.portal.plugins.coordinators.search.Hit;
import jp.innovationnet.portal.plugins.coordinators.search.IndexedTerms;
import jp.innovationnet.portal.plugins.coordinators.search.Search;
import jp.innovationnet.portal.plugins.coordinators.text.Terms;

/**
 * Tells the best-matched available experts of a new help request: the expert finder ranks coordinators by the
 * request's words, fields, services, region and tags; of those, the ones who take help requests (for a visit or
 * lecture: visits) per their profile, who cover the request's region (their region or one of their prefectures'),
 * who share a field with it when it names fields, and who are not the requester, the best {@value #EXPERTS} are
 * told ({@link CoordinatorNotice}: a notification, and a mail in their language).
 */
public final class HelperCall {

    /** How many experts are told at most. */
    public static final int EXPERTS = 5;

    private final PluginContext context;
    private final Terms analysis;
    private final Profiles profiles;

    /**
     * @param context  the plugin's context (its notifications)
     * @param analysis how texts become search terms
     * @param profiles the coordinators' profiles
     */
    public HelperCall(PluginContext context, Terms analysis, Profiles profiles) {
        this.context = context;
        this.analysis = analysis;
        this.profiles = profiles;
    }

    /**
     * Notifies the best-matched experts and records whom on the request.
     *
     * @param em      the request's entity manager
     * @param request the request, saved
     * @return the user ids told, best first
     */
    public List<String> call(EntityManager em, HelpRequest request) {
        HelpContent content = request.content();
        Set<String> terms = new LinkedHashSet<>();
        analysis.ofQuery(content.title() + "\n" + content.body()).forEach(t -> terms.add(IndexedTerms.word(t)));
        terms.addAll(Facet.interests(content.fields(), content.services(), content.region(), content.tags()));
        List<String> ranked = Search.experts(em, Audience.NETWORK.rank(), terms, List.of()).stream().map(Hit::id)
                .filter(id -> !id.equals(request.requesterId())).toList();
        Map<String, ProfileContent> found = profiles.findAll(em, ranked).stream()
                .collect(Collectors.toMap(Profile::userId, Profile::content, (a, b) -> a));
        List<String> told = new ArrayList<>();
        for (String userId : ranked) {
            if (told.size() < EXPERTS && fits(found.get(userId), content)) {
                told.add(userId);
            }
        }
        request.notified(told);
        CoordinatorNotice notice = new CoordinatorNotice(context);
        told.forEach(userId -> notice.tell(userId, HelpWording.message(HelpWording.MATCHED_SUBJECT,
                HelpWording.MATCHED_BODY, content.title(), content.deadline(), request.id())));
        return told;
    }

    private static boolean fits(ProfileContent profile, HelpContent request) {
        if (profile == null || !(request.kind().dispatches() ? profile.visitsAvailable() : profile.helpAvailable())) {
            return false;
        }
        boolean region = profile.region().equals(request.region()) || profile.prefectures().stream()
                .map(code -> Coded.byCode(Prefecture.values(), code).orElseThrow().region().code())
                .anyMatch(request.region()::equals);
        return region && (request.fields().isEmpty()
                || profile.fields().stream().anyMatch(request.fields()::contains));
    }
}

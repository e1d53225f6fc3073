package jp.innovationnet.portal.plugins.coordinators.rest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jp.innovationnet.portal.plugin.api.http.Access;
import jp.innovationnet.portal.plugin.api.http.RouteResponse;
import jp.innovationnet.portal.plugin.api.http.Routes;
import jp.innovationnet.portal.plugins.coordinators.audience.Audience;
import jp.innovationnet.portal.plugin.api.kit.Label;
import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugins.coordinators.expertise.Industry;
import jp.innovationnet.portal.plugins.coordinators.expertise.Language;
import jp.innovationnet.portal.plugins.coordinators.expertise.Programme;
import jp.innovationnet.portal.plugin.api.kit.SupportService;
import jp.innovationnet.portal.plugins.coordinators.capacity.CertificateKind;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpKind;
import jp.innovationnet.portal.plugins.coordinators.helprequest.HelpStatus;
import jp.innovationnet.portal.plugins.coordinators.supportcase.CaseLanguage;
import jp.innovationnet.portal.plugins.coordinators.supportcase.CompanySize;
import jp.innovationnet.portal.plugins.coordinators.supportcase.Outcome;
import jp.innovationnet.portal.plugins.coordinators.supportcase.PartnerKind;
import jp.innovationnet.portal.plugins.coordinators.supportcase.SuccessFactor;

/** {@code GET /lists}: the plugin's closed lists in the caller's language, for forms and filters. */
final class ReferenceRoutes {

    private ReferenceRoutes() {
    }

    static void register(Routes routes) {
        routes.get("/lists", Access.PUBLIC, "The plugin's closed lists, labelled in the caller's language",
                request -> RouteResponse.ok(lists(request.caller().locale())));
    }

    private static Map<String, Object> lists(Locale locale) {
        Map<String, Object> lists = new LinkedHashMap<>();
        lists.put("fields", Label.all(ActivityField.values(), locale));
        lists.put("services", Label.all(SupportService.values(), locale));
        lists.put("industries", Label.all(Industry.values(), locale));
        lists.put("languages", Label.all(Language.values(), locale));
        lists.put("programmes", Label.all(Programme.values(), locale));
        lists.put("audiences", Label.all(Audience.values(), locale));
        lists.put("companySizes", Label.all(CompanySize.values(), locale));
        lists.put("outcomes", Label.all(Outcome.values(), locale));
        lists.put("partnerKinds", Label.all(PartnerKind.values(), locale));
        lists.put("factors", Label.all(SuccessFactor.values(), locale));
        lists.put("caseLanguages", Label.all(CaseLanguage.values(), locale));
        lists.put("helpKinds", Label.all(HelpKind.values(), locale));
        lists.put("helpStatuses", Label.all(HelpStatus.values(), locale));
        lists.put("certificateKinds", Label.all(CertificateKind.values(), locale));
        return lists;
    }
}

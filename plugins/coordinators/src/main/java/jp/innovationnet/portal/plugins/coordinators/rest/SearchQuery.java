package jp.innovationnet.portal.plugins.coordinators.rest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.innovationnet.portal.plugin.api.activity.ActivityMatch;
import jp.innovationnet.portal.plugin.api.http.RouteRequest;
import jp.innovationnet.portal.plugin.api.kit.ActivityField;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.FieldErrors;
import jp.innovationnet.portal.plugin.api.kit.PageRequest;
import jp.innovationnet.portal.plugin.api.kit.Region;
import jp.innovationnet.portal.plugin.api.kit.SupportService;
import jp.innovationnet.portal.plugins.coordinators.search.Facet;
import jp.innovationnet.portal.plugins.coordinators.search.IndexedTerms;
import jp.innovationnet.portal.plugins.coordinators.text.TagFolding;
import jp.innovationnet.portal.plugins.coordinators.text.Terms;

/**
 * A search as its query parameters say it: {@code q} (words), {@code tag} (folded), filters by code of a closed list
 * (an unknown code is a 422 naming the parameter), {@code offset} and {@code limit}.
 *
 * @param words  the words' terms
 * @param facets the filters' terms
 * @param page   the page asked for
 */
record SearchQuery(Set<String> words, List<String> facets, PageRequest page) {

    /**
     * A filter a route takes.
     *
     * @param parameter the query parameter, e.g. {@code field}
     * @param facet     the terms it matches
     * @param values    its closed list
     */
    record Filter(String parameter, Facet facet, Coded[] values) {
    }

    /**
     * @param request  the request
     * @param analysis how words become terms
     * @param filters  the filters the route takes beside {@code q} and {@code tag}
     * @return the search
     */
    static SearchQuery of(RouteRequest request, Terms analysis, List<Filter> filters) {
        FieldErrors errors = FieldErrors.in(request.caller().locale());
        String q = errors.optionalText("q", request.queryParam("q").orElse(""), 200);
        Set<String> words = q == null ? Set.of() : analysis.ofQuery(q).stream().map(IndexedTerms::word)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        List<String> facets = new ArrayList<>();
        String tag = errors.optionalText("tag", request.queryParam("tag").orElse(""), 40);
        if (tag != null && !tag.isEmpty()) {
            facets.add(Facet.TAG.term(TagFolding.fold(tag)));
        }
        for (Filter filter : filters) {
            request.queryParam(filter.parameter()).filter(code -> !code.isBlank()).ifPresent(code -> {
                if (Arrays.stream(filter.values()).anyMatch(v -> v.code().equals(code.strip()))) {
                    facets.add(filter.facet().term(code.strip()));
                } else {
                    errors.oneOf(filter.parameter(), filter.values());
                }
            });
        }
        PageRequest page = PageRequest.of(request, errors);
        errors.throwIfAny();
        return new SearchQuery(words, facets, page);
    }

    /** @return which activity counts for this search: its region, fields and services */
    ActivityMatch activity() {
        return new ActivityMatch(chosen(Facet.REGION, Region.values()).stream().findFirst(),
                Set.copyOf(chosen(Facet.FIELD, ActivityField.values())),
                Set.copyOf(chosen(Facet.SERVICE, SupportService.values())));
    }

    private <E extends Enum<E> & Coded> List<E> chosen(Facet facet, E[] values) {
        String prefix = facet.term("");
        return facets.stream().filter(term -> term.startsWith(prefix))
                .map(term -> Coded.byCode(values, term.substring(prefix.length()))).flatMap(Optional::stream)
                .toList();
    }

    /**
     * @param hits everything found, best first
     * @param <T>  what was found
     * @return the page asked for
     */
    <T> List<T> pageOf(List<T> hits) {
        int from = Math.min(page.offset(), hits.size());
        return hits.subList(from, Math.min(from + page.limit(), hits.size()));
    }
}

package jp.innovationnet.portal.plugin.api.http;

import org.osgi.annotation.versioning.ConsumerType;

/** Handles the requests of one route. */
@ConsumerType
@FunctionalInterface
public interface RouteHandler {

    /**
     * @param request the request; valid only during this call
     * @return the response
     * @throws ProblemException for an answer in {@code application/problem+json}; the transaction rolls back
     * @throws Exception        for anything else; the client gets a 500 problem without details, the transaction
     *                          rolls back and the core logs the exception with the request's correlation id
     */
    RouteResponse handle(RouteRequest request) throws Exception;
}

package jp.innovationnet.portal.operations.correlation;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Gives every request a correlation id: the caller's {@value CorrelationId#HEADER} if well formed, else a new one.
 * The id goes on the response before anything else runs (so errors carry it, and the access log records it), onto
 * the request as attribute {@link CorrelationId#REQUEST_ATTRIBUTE}, and into the logging context of the thread.
 * (It implements {@link Filter} itself: Liberty rejects a {@code @WebFilter} that only inherits it, SRVE9991E.)
 */
@WebFilter(filterName = "correlationId", urlPatterns = "/*", asyncSupported = true)
public class CorrelationIdFilter implements Filter {

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        if (!(servletRequest instanceof HttpServletRequest request)
                || !(servletResponse instanceof HttpServletResponse response)) {
            chain.doFilter(servletRequest, servletResponse);
            return;
        }
        String correlationId = CorrelationId.fromHeaderOrNew(request.getHeader(CorrelationId.HEADER));
        request.setAttribute(CorrelationId.REQUEST_ATTRIBUTE, correlationId);
        response.setHeader(CorrelationId.HEADER, correlationId);
        try (CorrelationContext.Scope scope = CorrelationContext.bind(correlationId)) {
            chain.doFilter(request, response);
        }
    }
}

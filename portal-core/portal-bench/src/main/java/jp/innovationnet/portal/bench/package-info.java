/** The route benchmark: plugin route against core route, concurrency, throughput and latency percentiles. */
package jp.innovationnet.portal.bench;

/** Benchmarks against a running portal: the route benchmark (plugin route against core route) and the directory benchmark (search at 1,000 and 10,000 organizations); closed-loop clients, HdrHistogram percentiles. */
package jp.innovationnet.portal.bench;

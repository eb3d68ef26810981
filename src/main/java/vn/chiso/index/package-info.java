/**
 * The indices the province is ranked on (PAPI, PAR INDEX, SIPAS, PCI), their trees of indicators, the provinces they
 * rank, and the published results: imported from the publisher's table or typed in for the province itself.
 * {@link vn.chiso.index.IndexCatalogue} is what other modules read.
 * Persistence: JdbcClient in the module's repositories ({@code IndicatorRepository}, {@code ResultQueries},
 * {@code ResultSetRepository}, ...): the result pages read joins and aggregates over versions, which SQL says plainly,
 * and a version's thousands of rows go in as JDBC batches; the catalogue's changes are single updates.
 */
@ApplicationModule(displayName = "Indices and results", allowedDependencies = {"shared", "unit", "user"})
package vn.chiso.index;

import org.springframework.modulith.ApplicationModule;

/**
 * The indices the province is ranked on (PAPI, PAR INDEX, SIPAS, PCI), their trees of indicators, the provinces they
 * rank, and the published results: imported from the publisher's table or typed in for the province itself.
 * {@link vn.chiso.index.IndexCatalogue} is what other modules read.
 */
@ApplicationModule(displayName = "Indices and results", allowedDependencies = {"shared", "unit", "user"})
package vn.chiso.index;

import org.springframework.modulith.ApplicationModule;

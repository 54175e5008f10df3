package cl.gob.mintrab.canalregional.api;

import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * A feature's part of the OpenAPI model that annotations cannot express (schemas built from the feature's own
 * definitions). Implementations are listed in {@code META-INF/services} and called by {@link OpenApiModel}.
 */
public interface OpenApiContributor {

    void contribute(OpenAPI model);
}

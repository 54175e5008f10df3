package cl.gob.mintrab.canalregional.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASModelReader;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.util.ServiceLoader;

/**
 * The start of the OpenAPI description ({@code mp.openapi.model.reader}): the features' contributions, merged by
 * MicroProfile OpenAPI with what the resources' annotations say.
 */
public class OpenApiModel implements OASModelReader {

    @Override
    public OpenAPI buildModel() {
        OpenAPI model = OASFactory.createOpenAPI().components(OASFactory.createComponents());
        for (OpenApiContributor contributor : ServiceLoader.load(OpenApiContributor.class,
                OpenApiModel.class.getClassLoader())) {
            contributor.contribute(model);
        }
        return model;
    }
}

package cl.gob.mintrab.canalregional.api;

import cl.gob.mintrab.canalregional.support.BusinessException;
import cl.gob.mintrab.canalregional.support.Texts;
import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A refused API call answers its status with {"error": "<Spanish message>"}, never a stack trace. */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Override
    public Response toResponse(BusinessException e) {
        return Response.status(e.httpStatus()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Json.createObjectBuilder().add("error", Texts.get(e.getMessageKey(), e.getArguments()))
                        .build().toString())
                .build();
    }
}

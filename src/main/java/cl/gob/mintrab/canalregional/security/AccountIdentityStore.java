package cl.gob.mintrab.canalregional.security;

import cl.gob.mintrab.canalregional.support.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;

import java.util.stream.Collectors;

/** The identity store on the database: delegates to {@link AuthenticationService}; roles become groups. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    AuthenticationService authentication;

    @Inject
    LoginOutcome outcome;

    @Inject
    HttpServletRequest request;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof CanalCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        LoginResult result = authentication.authenticate(login.username(), login.password(), login.secondFactor(),
                ClientAddress.of(request));
        outcome.setStatus(result.status());
        if (result.status() != LoginResult.Status.SUCCESS) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.username(),
                result.roles().stream().map(Enum::name).collect(Collectors.toSet()));
    }
}

package cl.gob.mintrab.canalregional.security;

import jakarta.security.enterprise.credential.Credential;

/** What the login page submits: user name, password and, for accounts with a second factor, its code. */
public record CanalCredential(String username, String password, String secondFactor) implements Credential {

    @Override
    public String toString() {
        return "CanalCredential[" + username + "]";
    }
}

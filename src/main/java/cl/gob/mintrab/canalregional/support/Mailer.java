package cl.gob.mintrab.canalregional.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends plain-text e-mail through the SMTP server configured with {@code CANAL_MAIL_HOST} and friends (see
 * README). Without a host, mail is disabled and callers show the information on screen instead.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    @Inject
    @ConfigProperty(name = "canal.mail.host")
    Optional<String> host;

    @Inject
    @ConfigProperty(name = "canal.mail.port", defaultValue = "587")
    int port;

    @Inject
    @ConfigProperty(name = "canal.mail.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "canal.mail.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "canal.mail.from", defaultValue = "no-responder@canalregional.cl")
    String from;

    @Inject
    @ConfigProperty(name = "canal.mail.starttls", defaultValue = "true")
    boolean startTls;

    public boolean isEnabled() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** @return whether the message was handed to the SMTP server */
    public boolean send(String to, String subject, String body) {
        if (!isEnabled() || to == null || to.isBlank()) {
            return false;
        }
        Properties props = new Properties();
        props.put("mail.smtp.host", host.get());
        props.put("mail.smtp.port", String.valueOf(port));
        props.put("mail.smtp.starttls.enable", String.valueOf(startTls));
        props.put("mail.smtp.connectiontimeout", "10000");
        props.put("mail.smtp.timeout", "10000");
        Authenticator authenticator = null;
        if (username.filter(u -> !u.isBlank()).isPresent()) {
            props.put("mail.smtp.auth", "true");
            authenticator = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(username.get(), password.orElse(""));
                }
            };
        }
        try {
            MimeMessage message = new MimeMessage(Session.getInstance(props, authenticator));
            message.setFrom(new InternetAddress(from));
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            Transport.send(message);
            return true;
        } catch (MessagingException e) {
            LOG.log(Level.WARNING, "Could not send e-mail to " + to + ": " + e.getMessage());
            return false;
        }
    }
}

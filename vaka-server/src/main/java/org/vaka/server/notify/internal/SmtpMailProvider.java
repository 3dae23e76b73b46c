package org.vaka.server.notify.internal;

import java.nio.charset.StandardCharsets;

import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.MimeMessage;

/**
 * E-mail over SMTP through Spring's {@link JavaMailSender} ({@code spring.mail.*}). A recipient the server rejects,
 * or an address that is not one, is refused for good; a server that cannot be reached or fails is tried again.
 */
final class SmtpMailProvider implements MailProvider {

    private final JavaMailSender sender;
    private final String from;

    SmtpMailProvider(JavaMailSender sender, String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public Delivery send(String address, String subject, String text) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper mail = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            mail.setFrom(from);
            mail.setTo(address);
            mail.setSubject(subject == null ? "" : subject);
            mail.setText(text);
        } catch (MessagingException | MailParseException | MailPreparationException e) {
            return Delivery.refused("not a valid e-mail: " + e.getMessage());
        }
        try {
            sender.send(message);
            return Delivery.sent("accepted by the SMTP server" + messageId(message));
        } catch (MailSendException e) {
            boolean recipientRejected = e.getFailedMessages().values().stream()
                    .anyMatch(f -> f instanceof SendFailedException s && s.getInvalidAddresses() != null
                            && s.getInvalidAddresses().length > 0);
            return recipientRejected ? Delivery.refused("recipient rejected: " + e.getMessage()) : Delivery.retry(e.getMessage());
        } catch (MailParseException | MailPreparationException e) {
            return Delivery.refused("not a valid e-mail: " + e.getMessage());
        } catch (MailException e) {
            // Authentication failures land here too: a setting to fix, after which the retries go through.
            return Delivery.retry(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static String messageId(MimeMessage message) {
        try {
            String id = message.getMessageID();
            return id == null ? "" : ", Message-ID " + id;
        } catch (MessagingException e) {
            return "";
        }
    }

    @Override
    public String describe() {
        return sender instanceof JavaMailSenderImpl smtp
                ? "the SMTP server " + smtp.getHost() + (smtp.getPort() < 0 ? "" : ":" + smtp.getPort()) + ", from " + from
                : "SMTP, from " + from;
    }
}

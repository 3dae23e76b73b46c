package org.vaka.server.notify.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.util.StringUtils;
import org.vaka.server.notify.NotifySettings;

import tools.jackson.databind.json.JsonMapper;

/**
 * A provider per channel, each only when its setting is there. application.yml maps the unset variables to empty
 * strings, which Spring's own property conditions count as set; hence these conditions, which want text.
 */
@Configuration(proxyBeanMethods = false)
class Providers {

    @Bean
    @Conditional(SmsUrlSet.class)
    SmsProvider httpSms(NotifySettings settings, JsonMapper json) {
        return new HttpSmsProvider(settings.sms(), json);
    }

    @Bean
    @Conditional(SmtpHostSet.class)
    MailProvider smtpMail(JavaMailSender sender, NotifySettings settings) {
        return new SmtpMailProvider(sender, settings.mail().from());
    }

    static final class SmsUrlSet implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("vaka.notify.sms.url"));
        }
    }

    static final class SmtpHostSet implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"));
        }
    }
}

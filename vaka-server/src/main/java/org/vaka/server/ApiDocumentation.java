package org.vaka.server;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The JSON API's OpenAPI description, served to signed-in staff at /v3/api-docs and /swagger-ui. */
@Configuration
class ApiDocumentation {

    @Bean
    OpenAPI vakaApi() {
        return new OpenAPI()
                .info(new Info().title("Vaka API").version("v1")
                        .description("The Vaka alarm receiving centre: panel accounts, the signal log, sites, devices, "
                                + "alarms, notifications and billing for staff (HTTP Basic or a staff session); the "
                                + "customers' portal and app under /api/v1/portal and /api/v1/auth (HTTP Basic, the portal "
                                + "session, or a bearer token from POST /api/v1/auth/login). Every answer is scoped to "
                                + "the caller's tenant, and a customer's to their own sites."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}

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
                        .description("Panel accounts and the signal log of the Vaka alarm receiving centre. "
                                + "HTTP Basic or a staff session; every answer is scoped to the caller's tenant."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}

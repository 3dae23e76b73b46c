package org.vaka.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document the server serves describes the API it really has: every {@code /api/v1} endpoint the
 * application maps, with its method, is in the document, and the document names no path the application lacks.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OpenApiDocumentTest {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        TestDatabases.freshServerOnH2(registry);
    }

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    @Test
    void everyApiEndpointIsDocumentedAndNothingElse() throws Exception {
        String body = mvc.perform(get("/v3/api-docs").with(httpBasic("operator@demo.vaka", "demo-operator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode paths = JsonMapper.builder().build().readTree(body).path("paths");

        List<String> mapped = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(path -> path.startsWith("/api/v1/"))
                .forEach(path -> info.getMethodsCondition().getMethods().forEach(method ->
                        mapped.add(method.name().toLowerCase(Locale.ROOT) + " " + normalised(path)))));
        List<String> documented = new ArrayList<>();
        paths.properties().forEach(path -> path.getValue().properties().forEach(method ->
                documented.add(method.getKey() + " " + normalised(path.getKey()))));

        assertThat(mapped).as("endpoints the application maps").hasSizeGreaterThan(40)
                .contains("get /api/v1/alarms", "post /api/v1/auth/login", "get /api/v1/portal/sites/{}",
                        "post /api/v1/contracts/{}/notice", "get /api/v1/invoices");
        assertThat(documented).containsAll(mapped);
        assertThat(mapped).containsAll(documented.stream().filter(d -> d.contains(" /api/v1/")).toList());
    }

    /** Path variables by position, not by name: {id} and {siteId} are the same slot. */
    private static String normalised(String path) {
        return path.replaceAll("\\{[^}]*}", "{}");
    }
}

package gov.clearance.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ApiDocumentation {

    @Bean
    OpenAPI clearanceApi() {
        return new OpenAPI()
                .info(new Info().title("Clearance API")
                        .description("Interagency review of export license applications: applicants submit, "
                                + "BIS reviews and refers, agencies record positions, BIS or the Operating "
                                + "Committee decides.")
                        .version("0.1.0"))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}

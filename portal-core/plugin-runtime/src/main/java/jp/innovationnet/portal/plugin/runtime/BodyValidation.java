package jp.innovationnet.portal.plugin.runtime;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

import jp.innovationnet.portal.plugin.api.kit.CodeOf;
import jp.innovationnet.portal.plugin.api.kit.Coded;
import jp.innovationnet.portal.plugin.api.kit.Languages;

/**
 * Bean Validation of one plugin revision's route bodies, with messages in the caller's language: a constraint's
 * message key is looked up in the plugin's own {@code ValidationMessages} bundle, then in the kit's (its
 * {@link CodeOf} message names the allowed codes), then in Hibernate Validator's; annotation attributes such as
 * {@code {max}} are filled in. The application's own Hibernate Validator, so no server cache sees a plugin class.
 */
public final class BodyValidation implements AutoCloseable {

    private static final String KIT_BUNDLE = "jp.innovationnet.portal.plugin.api.kit.ValidationMessages";
    private static final Pattern KEY = Pattern.compile("\\{([\\w.-]+)}");
    private static final ResourceBundle.Control EXACT =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ClassLoader pluginLoader;
    private final ValidatorFactory factory;
    private final MessageInterpolator parameters = new ParameterMessageInterpolator();

    /** @param pluginLoader the plugin bundle's class loader, holding its {@code ValidationMessages} */
    public BodyValidation(ClassLoader pluginLoader) {
        this.pluginLoader = pluginLoader;
        this.factory = Validation.byProvider(HibernateValidator.class)
                .providerResolver(() -> List.of(new HibernateValidator()))
                .configure()
                .messageInterpolator(parameters)
                .buildValidatorFactory();
    }

    /**
     * @param body   a route body as read
     * @param locale the caller's language
     * @return each property path at fault with its messages joined by "; ", in path order; empty when valid
     */
    public Map<String, String> violations(Object body, Locale locale) {
        Locale language = Languages.of(locale);
        Map<String, String> fields = new TreeMap<>();
        factory.usingContext().messageInterpolator(new InLanguage(language)).getValidator().validate(body)
                .forEach(v -> fields.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a + "; " + b));
        return fields;
    }

    @Override
    public void close() {
        factory.close();
    }

    /** Resolves the template's own key in the plugin's and the kit's bundles, then lets Hibernate Validator fill it. */
    private final class InLanguage implements MessageInterpolator {

        private final Locale language;

        private InLanguage(Locale language) {
            this.language = language;
        }

        @Override
        public String interpolate(String template, Context context) {
            return interpolate(template, context, language);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            String message = template;
            Matcher key = KEY.matcher(template);
            if (key.matches()) {
                message = text("ValidationMessages", pluginLoader, key.group(1))
                        .or(() -> text(KIT_BUNDLE, CodeOf.class.getClassLoader(), key.group(1)))
                        .orElse(template);
            }
            if (context.getConstraintDescriptor().getAnnotation() instanceof CodeOf codeOf) {
                message = message.replace("{codes}",
                        String.join(", ", Coded.codes(codeOf.value().getEnumConstants())));
            }
            return parameters.interpolate(message, context, language);
        }

        private Optional<String> text(String bundle, ClassLoader loader, String key) {
            try {
                return Optional.of(ResourceBundle.getBundle(bundle, language, loader, EXACT).getString(key));
            } catch (MissingResourceException e) {
                return Optional.empty();
            }
        }
    }
}

package jp.innovationnet.portal.plugins.liaison.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import jp.innovationnet.portal.plugin.api.kit.CodeOf;
import jp.innovationnet.portal.plugin.api.kit.NoMarkup;
import jp.innovationnet.portal.plugin.api.kit.PlainText;
import jp.innovationnet.portal.plugins.liaison.interest.AgreementKind;
import jp.innovationnet.portal.plugins.liaison.interest.InterestStatus;

/**
 * A step of the pipeline the intermediary takes (the body of {@code POST /interests/{id}/steps}).
 *
 * @param step      where it goes: {@link InterestStatus}'s code
 * @param agreement the agreement's kind, required for the step {@code agreement}: {@link AgreementKind}'s code
 * @param note      a note to the interested side (optional)
 */
public record StepInput(@NotBlank @CodeOf(InterestStatus.class) String step,
                        @CodeOf(AgreementKind.class) String agreement,
                        @Size(max = 2000) @PlainText @NoMarkup String note) {
}

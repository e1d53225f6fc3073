package jp.innovationnet.portal.interfaces.rest.membership.dues;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import jp.innovationnet.portal.membership.dues.DuesRuleException;
import jp.innovationnet.portal.membership.dues.FiscalYear;
import jp.innovationnet.portal.membership.organization.Coded;

/** Reads the dues API's input values, refusing bad ones with a 400 that names the field. */
final class DuesInput {

    private DuesInput() {
    }

    static FiscalYear fiscalYear(String field, Integer year) {
        if (year == null) {
            throw DuesRuleException.invalid(field, "required", "年度を指定してください");
        }
        try {
            return new FiscalYear(year);
        } catch (IllegalArgumentException e) {
            throw DuesRuleException.invalid(field, "a fiscal year from " + FiscalYear.FIRST + " to "
                    + FiscalYear.LAST, FiscalYear.FIRST + "年度から" + FiscalYear.LAST + "年度までで指定してください");
        }
    }

    static Optional<LocalDate> date(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw DuesRuleException.invalid(field, "a date such as 2026-04-01", "2026-04-01 の形式の日付で指定してください");
        }
    }

    static <E extends Enum<E> & Coded> E coded(String field, Class<E> type, String code) {
        return Coded.parse(type, code).orElseThrow(() -> DuesRuleException.invalid(field,
                "one of " + Coded.codesOf(type), Coded.codesOf(type) + " のいずれかを指定してください"));
    }
}

package jp.innovationnet.portal.membership.registry;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import jp.innovationnet.portal.membership.organization.Coded;
import jp.innovationnet.portal.membership.organization.Contact;
import jp.innovationnet.portal.membership.organization.Organization;
import jp.innovationnet.portal.membership.organization.OrganizationProfile;

/**
 * Writes organizations as the registry's CSV: every {@link RegistryColumn}, in UTF-8 with a byte-order mark (without
 * it Excel reads a CSV in the system's legacy code page and garbles Japanese), CRLF line ends, quoted where RFC 4180
 * needs it. Names and texts are written exactly as stored. What it writes, {@link RegistryCsvReader} reads back to
 * the same organizations.
 */
public final class RegistryCsvWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(Arrays.stream(RegistryColumn.values()).map(RegistryColumn::header).toArray(String[]::new))
            .get();

    /**
     * @param organizations the organizations, in the order to write them
     * @param out           where to write; not closed
     * @throws IOException if writing fails
     */
    public void write(Collection<Organization> organizations, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        for (Organization organization : organizations) {
            printer.printRecord(values(organization));
        }
        printer.flush();
    }

    private static List<String> values(Organization o) {
        OrganizationProfile p = o.profile();
        return List.of(
                o.getMemberNumber() == null ? "" : o.getMemberNumber().toString(),
                o.getId(),
                p.nameJa(),
                p.nameEn(),
                text(p.nameReading()),
                code(p.legalForm()),
                code(o.getKind()),
                code(o.getMembershipClass()),
                code(o.getStatus()),
                p.prefecture() == null ? "" : p.prefecture().nameEn(),
                p.region() == null ? "" : p.region().nameEn(),
                text(p.postalCode()),
                text(p.addressJa()),
                text(p.addressEn()),
                text(p.website()),
                codes(p.fields()),
                codes(p.services()),
                text(p.profileJa()),
                text(p.profileEn()),
                String.join(RegistryColumn.LIST_SEPARATOR + " ", p.contacts().stream()
                        .sorted((a, b) -> Boolean.compare(b.primary(), a.primary()))
                        .map(RegistryCsvWriter::contact).toList()));
    }

    private static String contact(Contact c) {
        return c.name() + " <" + c.email() + ">";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String code(Coded value) {
        return value == null ? "" : value.code();
    }

    private static String codes(Collection<? extends Coded> values) {
        return String.join(RegistryColumn.LIST_SEPARATOR, values.stream().map(Coded::code).sorted().toList());
    }
}

package jp.innovationnet.portal.membership.registry;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import jp.innovationnet.portal.membership.organization.ActivityField;
import jp.innovationnet.portal.membership.organization.Coded;
import jp.innovationnet.portal.membership.organization.Contact;
import jp.innovationnet.portal.membership.organization.LegalForm;
import jp.innovationnet.portal.membership.organization.MembershipClass;
import jp.innovationnet.portal.membership.organization.MembershipStatus;
import jp.innovationnet.portal.membership.organization.OrganizationKind;
import jp.innovationnet.portal.membership.organization.OrganizationProfile;
import jp.innovationnet.portal.membership.organization.Prefecture;
import jp.innovationnet.portal.membership.organization.Region;
import jp.innovationnet.portal.membership.organization.SupportService;
import jp.innovationnet.portal.text.JapaneseText;

/**
 * Reads an import file and checks every row, collecting every problem with its line and column rather than
 * stopping at the first: the file must be UTF-8 (a byte-order mark is allowed), comma-separated with a header row
 * (RFC 4180 quoting). Names are kept exactly as written. Duplicates are found within the file and against the
 * registry by {@link JapaneseText#foldName} (so {@code ｲﾝﾃﾘｼﾞｪﾝﾄ} and {@code インテリジェント}, or a name with and
 * without {@code 財団法人}, are the same) and by alias. A row without prefecture or region is accepted with a
 * warning. Thread-safe; stateless.
 */
public final class RegistryCsvReader {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(false).setTrim(false).get();

    private static final Pattern CONTACT = Pattern.compile("(.+?)\\s*<([^<>\\s@]+@[^<>\\s@]+\\.[^<>\\s@]+)>");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{3}-?\\d{4}");
    private static final Pattern KANA = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}ー・ 　]+");
    private static final int NAME_MAX = 200;
    private static final int ADDRESS_MAX = 400;
    private static final int PROFILE_MAX = 4000;

    /**
     * @param file     the file's name, for the report
     * @param content  the file's bytes
     * @param registry what is registered already
     * @return the rows that passed and every problem found; {@link ImportReport#dryRun()} is true
     */
    public ImportReport read(String file, byte[] content, RegistrySnapshot registry) {
        List<ImportProblem> problems = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        Optional<String> text = decode(content);
        if (text.isEmpty()) {
            problems.add(ImportProblem.error(0, null, "ファイルが UTF-8 ではありません。UTF-8 で保存してください。",
                    "The file is not UTF-8 text; save it as UTF-8."));
            return new ImportReport(file, true, 0, 0, rows, problems);
        }
        int count = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text.get()), FORMAT)) {
            Map<RegistryColumn, String> header = header(parser.getHeaderNames(), problems);
            if (problems.stream().anyMatch(ImportProblem::isError)) {
                return new ImportReport(file, true, 0, 0, rows, problems);
            }
            Batch batch = new Batch(registry);
            long consumed = parser.getCurrentLineNumber();
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long line = consumed + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    problems.add(ImportProblem.error(line, null, "CSV の書式が正しくありません（引用符の対応など）: "
                            + e.getMessage(), "The CSV is malformed (unbalanced quotes?): " + e.getMessage()));
                    break;
                }
                consumed = parser.getCurrentLineNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                count++;
                if (!record.isConsistent()) {
                    problems.add(ImportProblem.error(line, null,
                            "値の数 (" + record.size() + ") が見出しの列数 (" + parser.getHeaderNames().size() + ") と合いません。",
                            "The row has " + record.size() + " values; the header has " + parser.getHeaderNames().size()
                                    + " columns."));
                    continue;
                }
                new RowCheck(line, record, header, problems, batch).row().ifPresent(rows::add);
            }
        } catch (IOException | UncheckedIOException e) {
            problems.add(ImportProblem.error(1, null, "見出し行を読めません: " + e.getMessage(),
                    "The header row cannot be read: " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            // Commons CSV refuses duplicate or empty header names this way
            problems.add(ImportProblem.error(1, null, "見出し行が正しくありません: " + e.getMessage(),
                    "The header row is not valid: " + e.getMessage()));
        }
        return new ImportReport(file, true, count, 0, rows, problems);
    }

    private static Optional<String> decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Map<RegistryColumn, String> header(List<String> names, List<ImportProblem> problems) {
        Map<RegistryColumn, String> columns = new EnumMap<>(RegistryColumn.class);
        for (String name : names) {
            Optional<RegistryColumn> column = RegistryColumn.byHeader(name);
            if (column.isEmpty()) {
                problems.add(new ImportProblem(1, name, ImportProblem.Severity.ERROR, "不明な列です。使える列: "
                        + knownColumns(), "Unknown column; the columns are: " + knownColumns()));
            } else {
                columns.put(column.get(), name);
            }
        }
        for (RegistryColumn required : List.of(RegistryColumn.NAME_JA, RegistryColumn.NAME_EN)) {
            if (!columns.containsKey(required)) {
                problems.add(ImportProblem.error(1, required, "必須の列がありません。", "This column is required."));
            }
        }
        return columns;
    }

    private static String knownColumns() {
        return String.join(", ", java.util.Arrays.stream(RegistryColumn.values()).map(RegistryColumn::header).toList());
    }

    /** What the rows read so far claim: aliases and folded names, to find duplicates within the file. */
    private static final class Batch {
        final RegistrySnapshot registry;
        final Map<String, Long> aliases = new HashMap<>();
        final Map<String, Long> names = new HashMap<>();
        final Set<String> derived = new HashSet<>();

        Batch(RegistrySnapshot registry) {
            this.registry = registry;
        }

        boolean taken(String alias) {
            return registry.aliases().contains(alias) || aliases.containsKey(alias) || derived.contains(alias);
        }
    }

    /** The checks of one row. */
    private static final class RowCheck {
        private final long line;
        private final CSVRecord record;
        private final Map<RegistryColumn, String> header;
        private final List<ImportProblem> problems;
        private final Batch batch;
        private boolean failed;

        RowCheck(long line, CSVRecord record, Map<RegistryColumn, String> header, List<ImportProblem> problems,
                 Batch batch) {
            this.line = line;
            this.record = record;
            this.header = header;
            this.problems = problems;
            this.batch = batch;
        }

        Optional<ImportRow> row() {
            Integer seq = seq();
            String nameJa = required(RegistryColumn.NAME_JA);
            String nameEn = required(RegistryColumn.NAME_EN);
            String reading = reading();
            LegalForm legalForm = coded(RegistryColumn.LEGAL_FORM, LegalForm.class, null);
            OrganizationKind kind = coded(RegistryColumn.KIND, OrganizationKind.class, OrganizationKind.MEMBER);
            MembershipClass membershipClass = membershipClass(kind);
            MembershipStatus status = coded(RegistryColumn.STATUS, MembershipStatus.class, MembershipStatus.ACTIVE);
            Prefecture prefecture = prefecture();
            Region region = region(prefecture);
            String postalCode = postalCode();
            String addressJa = limited(RegistryColumn.ADDRESS_JA, ADDRESS_MAX);
            String addressEn = limited(RegistryColumn.ADDRESS_EN, ADDRESS_MAX);
            String website = website();
            Set<ActivityField> fields = codes(RegistryColumn.FIELDS, ActivityField.class);
            Set<SupportService> services = codes(RegistryColumn.SERVICES, SupportService.class);
            String profileJa = limited(RegistryColumn.PROFILE_JA, PROFILE_MAX);
            String profileEn = limited(RegistryColumn.PROFILE_EN, PROFILE_MAX);
            List<Contact> contacts = contacts();
            if (nameJa != null) {
                duplicateName(nameJa);
            }
            Optional<String> alias = alias(nameEn);
            if (failed || alias.isEmpty()) {
                return Optional.empty();
            }
            boolean derived = value(RegistryColumn.ALIAS).isEmpty();
            return Optional.of(new ImportRow(line, alias.get(), derived, kind, membershipClass, seq, status,
                    new OrganizationProfile(nameJa, nameEn, reading, legalForm, prefecture, region, postalCode,
                            addressJa, addressEn, website, fields, services, profileJa, profileEn, contacts)));
        }

        private Optional<String> value(RegistryColumn column) {
            String name = header.get(column);
            if (name == null) {
                return Optional.empty();
            }
            String value = record.get(name);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
        }

        private void error(RegistryColumn column, String ja, String en) {
            problems.add(ImportProblem.error(line, column, ja, en));
            failed = true;
        }

        private Integer seq() {
            Optional<String> value = value(RegistryColumn.SEQ);
            if (value.isEmpty()) {
                return null;
            }
            try {
                int seq = Integer.parseInt(JapaneseText.nfkc(value.get()));
                if (seq > 0) {
                    return seq;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            error(RegistryColumn.SEQ, "正の整数で書いてください: " + value.get(),
                    "Must be a positive whole number: " + value.get());
            return null;
        }

        private String required(RegistryColumn column) {
            Optional<String> value = value(column);
            if (value.isEmpty()) {
                error(column, "名称がありません。", "The name is missing.");
                return null;
            }
            if (value.get().length() > NAME_MAX) {
                error(column, NAME_MAX + " 文字以内にしてください。", "At most " + NAME_MAX + " characters.");
                return null;
            }
            return value.get();
        }

        private String reading() {
            Optional<String> value = value(RegistryColumn.READING);
            if (value.isPresent() && !KANA.matcher(JapaneseText.nfkc(value.get())).matches()) {
                error(RegistryColumn.READING, "読みはひらがなかカタカナで書いてください: " + value.get(),
                        "The reading must be in hiragana or katakana: " + value.get());
                return null;
            }
            return value.orElse(null);
        }

        private <E extends Enum<E> & Coded> E coded(RegistryColumn column, Class<E> type, E fallback) {
            Optional<String> value = value(column);
            if (value.isEmpty()) {
                return fallback;
            }
            Optional<E> parsed = Coded.parse(type, value.get());
            if (parsed.isEmpty()) {
                error(column, "不明な値です: " + value.get() + "（使える値: " + Coded.codesOf(type) + "）",
                        "Unknown value: " + value.get() + " (one of " + Coded.codesOf(type) + ")");
                return fallback;
            }
            return parsed.get();
        }

        private MembershipClass membershipClass(OrganizationKind kind) {
            MembershipClass given = coded(RegistryColumn.MEMBERSHIP_CLASS, MembershipClass.class, null);
            if (kind != OrganizationKind.MEMBER) {
                if (given != null) {
                    error(RegistryColumn.MEMBERSHIP_CLASS, "会員種別は会員にだけ付けられます。",
                            "Only members have a membership class.");
                }
                return null;
            }
            return given == null ? MembershipClass.FULL : given;
        }

        private Prefecture prefecture() {
            Optional<String> value = value(RegistryColumn.PREFECTURE);
            if (value.isEmpty()) {
                problems.add(ImportProblem.warning(line, RegistryColumn.PREFECTURE,
                        "都道府県がありません。都道府県での絞り込みに出てきません。",
                        "No prefecture: the organization will not appear under any prefecture filter."));
                return null;
            }
            Optional<Prefecture> parsed = Prefecture.parse(JapaneseText.nfkc(value.get()));
            if (parsed.isEmpty()) {
                error(RegistryColumn.PREFECTURE, "不明な都道府県です: " + value.get(),
                        "Unknown prefecture: " + value.get() + " (an English or Japanese name, or a JIS X 0401 code)");
                return null;
            }
            return parsed.get();
        }

        private Region region(Prefecture prefecture) {
            Optional<String> value = value(RegistryColumn.REGION);
            if (value.isEmpty()) {
                if (value(RegistryColumn.PREFECTURE).isEmpty()) {
                    problems.add(ImportProblem.warning(line, RegistryColumn.REGION,
                            "地域がありません。地域での絞り込みに出てきません。",
                            "No region: the organization will not appear under any region filter."));
                }
                return prefecture == null ? null : prefecture.region();
            }
            Optional<Region> parsed = Region.parse(JapaneseText.nfkc(value.get()));
            if (parsed.isEmpty()) {
                error(RegistryColumn.REGION, "不明な地域です: " + value.get(),
                        "Unknown region: " + value.get() + " (e.g. Kanto or 関東)");
                return null;
            }
            if (prefecture != null && prefecture.region() != parsed.get()) {
                error(RegistryColumn.REGION, prefecture.nameJa() + "は" + prefecture.region().nameJa() + "地域です（"
                        + value.get() + " ではありません）。", prefecture.nameEn() + " is in "
                        + prefecture.region().nameEn() + ", not " + value.get() + ".");
                return null;
            }
            return parsed.get();
        }

        private String postalCode() {
            Optional<String> value = value(RegistryColumn.POSTAL_CODE);
            if (value.isPresent() && !POSTAL_CODE.matcher(JapaneseText.nfkc(value.get())).matches()) {
                error(RegistryColumn.POSTAL_CODE, "郵便番号は 123-4567 の形で書いてください: " + value.get(),
                        "A postal code looks like 123-4567: " + value.get());
                return null;
            }
            return value.orElse(null);
        }

        private String limited(RegistryColumn column, int max) {
            Optional<String> value = value(column);
            if (value.isPresent() && value.get().length() > max) {
                error(column, max + " 文字以内にしてください。", "At most " + max + " characters.");
                return null;
            }
            return value.orElse(null);
        }

        private String website() {
            Optional<String> value = value(RegistryColumn.WEBSITE);
            if (value.isEmpty()) {
                return null;
            }
            try {
                URI uri = new URI(value.get());
                if (("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                        && value.get().length() <= ADDRESS_MAX) {
                    return value.get();
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            error(RegistryColumn.WEBSITE, "https:// で始まる URL を書いてください: " + value.get(),
                    "Must be an http(s) URL: " + value.get());
            return null;
        }

        private <E extends Enum<E> & Coded> Set<E> codes(RegistryColumn column, Class<E> type) {
            Optional<String> value = value(column);
            Set<E> result = EnumSet.noneOf(type);
            if (value.isEmpty()) {
                return result;
            }
            for (String code : value.get().split(RegistryColumn.LIST_SEPARATOR)) {
                if (code.isBlank()) {
                    continue;
                }
                Optional<E> parsed = Coded.parse(type, code);
                if (parsed.isEmpty()) {
                    error(column, "不明な値です: " + code.strip() + "（使える値: " + Coded.codesOf(type) + "）",
                            "Unknown value: " + code.strip() + " (one of " + Coded.codesOf(type) + ")");
                } else {
                    result.add(parsed.get());
                }
            }
            return result;
        }

        private List<Contact> contacts() {
            Optional<String> value = value(RegistryColumn.CONTACTS);
            List<Contact> contacts = new ArrayList<>();
            if (value.isEmpty()) {
                return contacts;
            }
            Set<String> emails = new LinkedHashSet<>();
            for (String entry : value.get().split(RegistryColumn.LIST_SEPARATOR)) {
                if (entry.isBlank()) {
                    continue;
                }
                Matcher m = CONTACT.matcher(entry.strip());
                if (!m.matches() || m.group(1).length() > NAME_MAX || !emails.add(m.group(2).toLowerCase())) {
                    error(RegistryColumn.CONTACTS, "連絡先は「氏名 <メールアドレス>」を ; で区切って書いてください"
                            + "（同じアドレスは一度だけ）: " + entry.strip(), "Contacts are 'Name <e-mail>' separated by"
                            + " ';', each address once: " + entry.strip());
                    continue;
                }
                contacts.add(new Contact(m.group(1), null, m.group(2), null, contacts.isEmpty()));
            }
            return contacts;
        }

        private void duplicateName(String nameJa) {
            String folded = JapaneseText.foldName(nameJa);
            if (folded.isEmpty()) {
                return;
            }
            Long earlier = batch.names.putIfAbsent(folded, line);
            if (earlier != null) {
                error(RegistryColumn.NAME_JA, earlier + " 行目と同じ名称です（全角・半角、かな、法人格の違いは同じとみなします）。",
                        "Same name as line " + earlier + " (width, kana and legal form are not told apart).");
            }
            batch.registry.organizationNamed(nameJa).ifPresent(existing -> error(RegistryColumn.NAME_JA,
                    "同じ名称の団体が登録済みです（" + existing + "）。", "An organization of this name is registered"
                            + " already (" + existing + ")."));
        }

        private Optional<String> alias(String nameEn) {
            Optional<String> given = value(RegistryColumn.ALIAS);
            if (given.isEmpty()) {
                if (nameEn == null) {
                    return Optional.empty();
                }
                String alias = Aliases.unique(Aliases.derive(nameEn), batch::taken);
                batch.derived.add(alias);
                return Optional.of(alias);
            }
            String alias = given.get();
            if (!Aliases.isValid(alias)) {
                error(RegistryColumn.ALIAS, "別名は英小文字・数字を - でつないだ 2〜64 文字にしてください: " + alias,
                        "An alias is lower-case letters and digits joined by '-', 2 to 64 characters: " + alias);
                return Optional.empty();
            }
            Long earlier = batch.aliases.putIfAbsent(alias, line);
            if (earlier != null) {
                error(RegistryColumn.ALIAS, earlier + " 行目と同じ別名です: " + alias, "Same alias as line " + earlier
                        + ": " + alias);
            } else if (batch.registry.aliases().contains(alias)) {
                error(RegistryColumn.ALIAS, "この別名の団体が登録済みです: " + alias,
                        "An organization with this alias is registered already: " + alias);
            } else if (batch.derived.contains(alias)) {
                error(RegistryColumn.ALIAS, "前の行で自動で付けた別名と同じです: " + alias
                        + "。前の行にも別名を書いてください。", "An earlier row was given this alias from its English"
                        + " name: " + alias + "; give that row an alias too.");
            }
            return Optional.of(alias);
        }
    }
}

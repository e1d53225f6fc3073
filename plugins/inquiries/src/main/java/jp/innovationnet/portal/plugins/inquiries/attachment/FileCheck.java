package jp.innovationnet.portal.plugins.inquiries.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;

/**
 * Tells whether a file may be attached, by its content: Apache Tika's magic-byte detector says what the bytes are
 * (the name is not consulted), and that must be the type the extension promises. Allowed: PDF, PNG, JPEG, UTF-8
 * plain text and CSV, and the Office Open XML documents DOCX, XLSX and PPTX (a ZIP holding
 * {@code [Content_Types].xml} and the document's main part). Executables, HTML, SVG, scripts and anything else are
 * refused; so is a file whose content is of another type than its name says.
 */
public final class FileCheck {

    /** The largest file taken: 5 MiB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    /** The longest name kept. */
    static final int MAX_NAME = 120;

    private static final String TEXT = "text/plain";
    private static final String ZIP = "application/zip";
    private static final Map<String, String> BY_EXTENSION = Map.of(
            "pdf", "application/pdf",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "txt", TEXT,
            "csv", "text/csv",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation");
    private static final Map<String, String> OOXML_PART = Map.of("docx", "word/", "xlsx", "xl/", "pptx", "ppt/");

    private final MimeTypes detector = MimeTypes.getDefaultMimeTypes(FileCheck.class.getClassLoader());

    /**
     * @param filename the name as sent
     * @param content  the bytes
     * @return the file, checked, or why it is refused
     */
    public Result check(String filename, byte[] content) {
        if (content.length == 0) {
            return Result.refused(Refusal.EMPTY);
        }
        if (content.length > MAX_BYTES) {
            return Result.refused(Refusal.TOO_LARGE);
        }
        String name = safeName(filename);
        String extension = extension(name);
        String promised = BY_EXTENSION.get(extension);
        if (promised == null) {
            return Result.refused(Refusal.EXTENSION_NOT_ALLOWED);
        }
        String detected = detect(content);
        Optional<String> actual = allowedType(detected, content);
        if (actual.isEmpty()) {
            return Result.refused(Refusal.TYPE_NOT_ALLOWED);
        }
        boolean matches = switch (actual.get()) {
            case TEXT -> promised.equals(TEXT) || extension.equals("csv");
            case ZIP -> OOXML_PART.containsKey(extension) && ooxml(content, OOXML_PART.get(extension));
            default -> actual.get().equals(promised);
        };
        if (!matches) {
            return Result.refused(actual.get().equals(ZIP) ? Refusal.TYPE_NOT_ALLOWED : Refusal.DISGUISED);
        }
        return Result.accepted(new CheckedFile(name, promised, content));
    }

    /**
     * @param filename a name as a client sent it (perhaps a path, perhaps with control characters)
     * @return the last segment of the path, NFC, without control or format characters, at most 120 characters
     *     (keeping the extension); {@code file} when nothing is left
     */
    public static String safeName(String filename) {
        String name = filename == null ? "" : Normalizer.normalize(filename, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                && "\"<>:|?*".indexOf(c) < 0).forEach(kept::appendCodePoint);
        String safe = kept.toString().strip().replaceAll("^\\.+", "");
        if (safe.isEmpty()) {
            return "file";
        }
        if (safe.length() > MAX_NAME) {
            String extension = extension(safe);
            int keep = MAX_NAME - (extension.isEmpty() ? 0 : extension.length() + 1);
            safe = safe.substring(0, keep) + (extension.isEmpty() ? "" : "." + extension);
        }
        return safe;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || name.length() - dot > 6 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private String detect(byte[] content) {
        try {
            return detector.detect(new ByteArrayInputStream(content), new Metadata()).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the allowed family the detected type belongs to: a concrete type, text/plain or application/zip */
    private static Optional<String> allowedType(String detected, byte[] content) {
        return switch (detected) {
            case "application/pdf", "image/png", "image/jpeg" -> Optional.of(detected);
            case TEXT -> utf8Text(content) ? Optional.of(TEXT) : Optional.empty();
            case ZIP, "application/x-tika-ooxml" -> Optional.of(ZIP);
            default -> Optional.empty();
        };
    }

    private static boolean utf8Text(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.indexOf('\0') < 0;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** @return whether the ZIP is an Office Open XML package with the main part of the document the name says */
    private static boolean ooxml(byte[] content, String mainPart) {
        Set<String> seen = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (name.equals("[Content_Types].xml")) {
                    seen.add(name);
                } else if (name.startsWith(mainPart)) {
                    seen.add(mainPart);
                } else if (name.endsWith(".exe") || name.endsWith(".js") || name.endsWith(".vbs")) {
                    return false;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return seen.size() == 2;
    }

    /**
     * What a check found.
     *
     * @param file    the file taken, if it is
     * @param refusal why it is not, if it is not
     */
    public record Result(Optional<CheckedFile> file, Optional<Refusal> refusal) {

        static Result accepted(CheckedFile file) {
            return new Result(Optional.of(file), Optional.empty());
        }

        static Result refused(Refusal refusal) {
            return new Result(Optional.empty(), Optional.of(refusal));
        }
    }
}

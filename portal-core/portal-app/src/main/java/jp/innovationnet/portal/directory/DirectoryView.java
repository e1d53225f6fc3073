package jp.innovationnet.portal.directory;

/** Which part of an entry a caller sees and searches. */
public enum DirectoryView {
    /** Both languages: members, steering agencies, the secretariat. */
    FULL,
    /** English names and texts only, searched in English only: overseas partners. */
    ENGLISH
}

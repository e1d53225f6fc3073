package jp.innovationnet.portal.plugin.api.kit;

import org.osgi.annotation.versioning.ProviderType;

/**
 * QR codes people show or scan, e.g. at the door of an event: a PNG image of {@value #SIZE} × {@value #SIZE} pixels,
 * enough for a phone camera at arm's length. Medium error correction survives a cracked phone screen or a crumpled
 * print-out; the quiet zone is the four modules the standard asks for. Drawn by the core (ZXing); thread-safe.
 */
@ProviderType
public interface QrCodes {

    /** The image's width and height in pixels. */
    int SIZE = 360;

    /**
     * @param text what the code encodes, e.g. an absolute address
     * @return the bytes of a PNG image
     * @throws IllegalArgumentException when the text is too long for a QR code
     */
    byte[] png(String text);
}

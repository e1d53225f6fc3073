package jp.innovationnet.portal.interfaces.rest.body;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BodyLimitTest {

    private final BodyLimit limit = new BodyLimit(1000);

    @Test
    void aBodyUpToTheLimitIsReadWhole() throws Exception {
        assertThat(limit.read(new ByteArrayInputStream(new byte[1000]), 1000)).hasSize(1000);
        assertThat(limit.read(new ByteArrayInputStream(new byte[999]), -1)).hasSize(999);
        assertThat(limit.read(InputStream.nullInputStream(), -1)).isEmpty();
    }

    @Test
    void aBodyDeclaredLongerIsRefusedUnread() {
        Endless body = new Endless();
        assertThatThrownBy(() -> limit.read(body, 1001)).isInstanceOf(BodyLimit.TooLargeException.class);
        assertThat(body.read).isZero();
    }

    @Test
    void aLongerBodyWithoutLengthIsReadOnlyOneBytePastTheLimit() {
        Endless body = new Endless();
        assertThatThrownBy(() -> limit.read(body, -1)).isInstanceOf(BodyLimit.TooLargeException.class);
        assertThat(body.read).isEqualTo(1001);
    }

    @Test
    void aBodyLongerThanDeclaredIsRefusedToo() {
        assertThatThrownBy(() -> limit.read(new ByteArrayInputStream(new byte[1001]), 10))
                .isInstanceOf(BodyLimit.TooLargeException.class);
    }

    /** A body that never ends, counting the bytes read from it. */
    private static final class Endless extends InputStream {
        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] b, int off, int len) {
            read += len;
            java.util.Arrays.fill(b, off, off + len, (byte) 'x');
            return len;
        }
    }
}

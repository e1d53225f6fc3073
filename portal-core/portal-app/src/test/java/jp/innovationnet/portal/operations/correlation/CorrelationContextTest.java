package jp.innovationnet.portal.operations.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.ibm.websphere.logging.hpel.LogRecordContext;

class CorrelationContextTest {

    private static Map<String, String> logExtensions() {
        Map<String, String> extensions = new HashMap<>();
        LogRecordContext.getExtensions(extensions);
        return extensions;
    }

    @Test
    void bindsToThreadAndLogRecordContextUntilClosed() {
        assertThat(CorrelationContext.current()).isEmpty();
        try (CorrelationContext.Scope scope = CorrelationContext.bind("request-0001")) {
            assertThat(CorrelationContext.current()).contains("request-0001");
            assertThat(logExtensions()).containsEntry(CorrelationContext.LOG_EXTENSION, "request-0001");
        }
        assertThat(CorrelationContext.current()).isEmpty();
        assertThat(logExtensions()).doesNotContainKey(CorrelationContext.LOG_EXTENSION);
    }

    @Test
    void nestedBindingRestoresOuterId() {
        try (CorrelationContext.Scope outer = CorrelationContext.bind("outer-00001")) {
            try (CorrelationContext.Scope inner = CorrelationContext.bind("inner-00001")) {
                assertThat(CorrelationContext.current()).contains("inner-00001");
            }
            assertThat(CorrelationContext.current()).contains("outer-00001");
            assertThat(logExtensions()).containsEntry(CorrelationContext.LOG_EXTENSION, "outer-00001");
        }
        assertThat(CorrelationContext.current()).isEmpty();
    }

    @Test
    void otherThreadsDoNotSeeTheId() throws InterruptedException {
        try (CorrelationContext.Scope scope = CorrelationContext.bind("request-0002")) {
            String[] seen = new String[1];
            Thread other = new Thread(() -> seen[0] = CorrelationContext.current().orElse("none"));
            other.start();
            other.join();
            assertThat(seen[0]).isEqualTo("none");
        }
    }
}

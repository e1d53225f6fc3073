package jp.innovationnet.portal.plugin.host.exchange;

import java.util.Map;

import jakarta.persistence.EntityManager;

import jp.innovationnet.portal.plugin.api.http.Caller;
import jp.innovationnet.portal.plugin.host.revision.PluginRevision;
import jp.innovationnet.portal.plugin.host.revision.PluginTransaction;
import jp.innovationnet.portal.plugin.runtime.ReceivedRequest;

/** A request as a plugin's handler sees it in the portal, valid while the handler runs: its transaction's. */
final class ExchangeRequest extends ReceivedRequest {

    private final PluginTransaction transaction;

    ExchangeRequest(PluginRevision revision, Inbound inbound, Caller caller, Map<String, String> pathParameters,
                    PluginTransaction transaction) {
        super(inbound.method(), inbound.path(), pathParameters, inbound.query(), inbound.header(), inbound.body(),
                caller, revision.jsonb(), revision.validation());
        this.transaction = transaction;
    }

    @Override
    public EntityManager entityManager() {
        return transaction.entityManager();
    }
}

/**
 * What people did, as the plugins report it to each other (contract 1.5): a person answered an inquiry on IP licensing
 * in Chubu, organised an event, attended a coordinator training, had an answer accepted. One plugin reports its
 * people's {@link jp.innovationnet.portal.plugin.api.activity.ActivityReport}s through the
 * {@link jp.innovationnet.portal.plugin.api.activity.ActivityLog}; others read them, summed up, without reading that
 * plugin's tables, e.g. to build a coordinator's expertise from the work they actually did. Reports carry only what
 * the whole network may read: a classification (kind, region, fields, services), never a confidential text.
 */
@Export
@Version("1.0.0")
package jp.innovationnet.portal.plugin.api.activity;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;

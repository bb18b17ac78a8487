#pragma once

// A device of an integration test against the private SIT (sitharness.h): the demo project installed in a folder of
// its own, its edit gateway, and a sync run as one of the SIT's roles, directly or through a FaultProxy's port.

#include "curltransport.h"
#include "demoinstaller.h"
#include "editgateway.h"
#include "featurereader.h"
#include "outbox.h"
#include "project.h"
#include "sitharness.h"
#include "syncengine.h"
#include "syncstate.h"

#include <memory>
#include <optional>

namespace territori::testing {

struct SitClient
{
    QString dir;
    QString role = QStringLiteral("surveyor"); // the SIT account it syncs as
    std::unique_ptr<store::Project> project;
    std::unique_ptr<store::EditGateway> gw;

    // The demo project in `dir`, edited as `author` on `device`.
    static SitClient install(const QString &dir, const QString &author, const QString &device)
    {
        SitClient c;
        c.dir = dir;
        c.project = core::DemoInstaller::install(QStringLiteral(TERRITORI_BINARY_DIR "/share/territori/demo"), dir);
        c.gw = std::make_unique<store::EditGateway>(*c.project, store::EditContext{author, device});
        return c;
    }

    sync::SyncReport sync(const SitHarness &sit, quint16 viaPort = 0, int batch = 1000, int page = 1000) const
    {
        sync::CurlTransport transport;
        transport.setCredentials({sit.user(role), sit.password(role)});
        sync::SyncSettings s;
        s.owsUrl = sit.ows(role);
        if (viaPort) {
            s.owsUrl.setPort(viaPort);
            s.attachmentsUrl = sync::SyncSettings::defaultAttachmentsUrl(s.owsUrl);
        }
        s.user = sit.user(role);
        s.batchSize = batch;
        s.pageSize = page;
        s.retry.firstDelayMs = 100;
        sync::SyncEngine engine(dir, transport, s, store::Project::Check::AlreadyChecked);
        return engine.run();
    }

    std::optional<store::Feature> feature(const QString &layer, const QString &uuid) const
    {
        store::FeatureReader reader(project->db(), *project->layer(layer));
        return reader.byUuid(uuid);
    }
    qint64 pending() const { return store::Outbox::pendingCount(project->db()); }
    std::vector<store::ConflictRecord> conflicts() const { return store::SyncState(project->db()).openConflicts(); }
};

} // namespace territori::testing

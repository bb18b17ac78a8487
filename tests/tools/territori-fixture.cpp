// Builds project folders in states worth looking at (screenshots, manual checks), through the same code paths the
// app uses: the demo installer, the EditGateway and the sync engine against a running SIT.
//   territori-fixture conflict OUT --sit-dir DIR --server URL --user NAME --password-file FILE
// leaves OUT with the demo synced, two conflicts (a field changed here and on the SIT; an edit against a deletion),
// and three edits waiting to be sent.

#include "curltransport.h"
#include "demoinstaller.h"
#include "editgateway.h"
#include "project.h"
#include "syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>

#include <cstdio>

using namespace territori;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addPositionalArgument("kind", "conflict");
    p.addPositionalArgument("out", "project folder to create");
    const QCommandLineOption sitDir("sit-dir", "the SIT's folder (for psql)", "dir");
    const QCommandLineOption server("server", "WFS endpoint", "url");
    const QCommandLineOption user("user", "user", "name");
    const QCommandLineOption passwordFile("password-file", "password", "file");
    const QCommandLineOption bundle("bundle", "demo bundle", "dir", QStringLiteral(TERRITORI_BINARY_DIR "/share/territori/demo"));
    p.addOptions({sitDir, server, user, passwordFile, bundle});
    p.process(app);
    if (p.positionalArguments().size() != 2 || p.positionalArguments()[0] != "conflict") {
        std::fprintf(stderr, "usage: territori-fixture conflict OUT --sit-dir DIR --server URL --user NAME --password-file FILE\n");
        return 2;
    }
    QFile pf(p.value(passwordFile));
    pf.open(QIODevice::ReadOnly);
    const QString password = QString::fromUtf8(pf.readLine()).trimmed();
    const QString out = p.positionalArguments()[1];
    auto psql = [&](const QString &sql) {
        return QProcess::execute(QStringLiteral(TERRITORI_SOURCE_DIR "/sync/server/sit"),
                                 {"psql", p.value(sitDir), "-qAtc", sql});
    };
    auto sync = [&]() {
        sync::CurlTransport t;
        t.setCredentials({p.value(user), password});
        sync::SyncSettings s;
        s.owsUrl = QUrl(p.value(server));
        s.user = p.value(user);
        sync::SyncEngine e(out, t, s, store::Project::Check::AlreadyChecked);
        const auto r = e.run();
        std::fprintf(stderr, "sync: %s sent %d received %d conflicts %d\n", r.ok() ? "ok" : qPrintable(r.message), r.sent,
                     r.received, r.conflicts);
        return r.ok();
    };
    try {
        auto project = core::DemoInstaller::install(p.value(bundle), out);
        store::EditGateway gw(*project, {"Giulia Rossi", "tablet-fixture"});
        if (!sync())
            return 1;
        auto uuid = [&](const char *id) { return core::DemoInstaller::sampleUuid(project->info().id, id); };
        // Changed here and on the SIT (a desktop user), on the same fields.
        store::FeatureChange mine;
        mine.attributes = {{"nome", "LUM Rho Fiera – ingresso Est"}, {"posti_auto", 1450}};
        gw.update("lum", uuid("lum-001"), mine);
        psql(QStringLiteral("UPDATE lum SET nome = 'LUM Rho Fiera Milano', posti_auto = 1600 WHERE uuid = '%1'").arg(uuid("lum-001")));
        // Changed here, deleted on the SIT.
        store::FeatureChange note;
        note.attributes = {{"note", "Verificato in sopralluogo"}};
        gw.update("lum", uuid("lum-004"), note);
        psql(QStringLiteral("UPDATE lum SET deleted = true WHERE uuid = '%1'").arg(uuid("lum-004")));
        if (!sync())
            return 1;
        // Three edits still waiting (made after the sync).
        store::FeatureChange later;
        later.attributes = {{"note", "Da ricontrollare"}};
        gw.update("lum", uuid("lum-002"), later);
        gw.update("lum", uuid("lum-003"), later);
        gw.update("lum", uuid("lum-005"), later);
    } catch (const store::StoreError &e) {
        std::fprintf(stderr, "territori-fixture: %s\n", qPrintable(e.message()));
        return 1;
    }
    return 0;
}

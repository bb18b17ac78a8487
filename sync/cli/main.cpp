// territori-sync: the app's sync from a shell, for municipal officers' scripts and for tests.
//   territori-sync PROJECT --server URL [--user NAME] [--password-stdin] [--ca-file PEM] [--attachments URL]
//                  [--feed-server URL]   (the change feeds from a read replica's endpoint)
//                  [--push-only | --pull-only] [--verify | --no-verify] [--batch N] [--page N] [--json]
//   territori-sync --catalogue --server URL ...           the projects and work areas the account may use
//   territori-sync --download ID [--area AREA] --into DIR --server URL ...   a project into DIR/ID
// Exit status: 0 the run completed (conflicts and refused edits are listed), 1 the SIT's reply was unusable,
// 2 usage, 3 credentials or role, 4 network (try again later), 5 TLS, 6 the project could not be written, 7 cancelled.

#include "credentialstore.h"
#include "curltransport.h"
#include "projectdownload.h"
#include "syncengine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QSysInfo>
#include <QTextStream>

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>

using namespace territori;
using namespace territori::sync;

namespace {

SyncEngine *g_engine = nullptr;
ProjectDownload *g_download = nullptr;

void onSignal(int)
{
    // Both only set flags: safe in a signal handler.
    if (g_engine)
        g_engine->cancel();
    if (g_download)
        g_download->cancel();
}

int exitCode(Job::Error e)
{
    switch (e) {
    case Job::Error::None: return 0;
    case Job::Error::Permission: return 3;
    case Job::Error::Network: return 4;
    case Job::Error::Tls: return 5;
    case Job::Error::DiskFull:
    case Job::Error::Io: return 6;
    case Job::Error::Cancelled: return 7;
    default: return 1;
    }
}

QJsonObject toJson(const SyncReport &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("ok"), r.ok());
    o.insert(QStringLiteral("error"), r.ok() ? QString() : QString::fromLatin1(QMetaEnum::fromType<Job::Error>().valueToKey(int(r.error))));
    o.insert(QStringLiteral("message"), r.message);
    o.insert(QStringLiteral("sent"), r.sent);
    o.insert(QStringLiteral("recovered"), r.recovered);
    o.insert(QStringLiteral("merged"), r.merged);
    o.insert(QStringLiteral("conflicts"), r.conflicts);
    o.insert(QStringLiteral("failed"), r.failed);
    o.insert(QStringLiteral("received"), r.received);
    o.insert(QStringLiteral("withdrawn"), r.withdrawn);
    o.insert(QStringLiteral("remaining"), r.remaining);
    o.insert(QStringLiteral("photos_uploaded"), r.photosUploaded);
    o.insert(QStringLiteral("photos_downloaded"), r.photosDownloaded);
    o.insert(QStringLiteral("photos_missing"), QJsonArray::fromStringList(r.photosMissing));
    o.insert(QStringLiteral("held_for_fixing"), r.heldForFixing);
    o.insert(QStringLiteral("set_aside"), QJsonArray::fromStringList(r.setAside));
    o.insert(QStringLiteral("requests"), double(r.traffic.requests));
    o.insert(QStringLiteral("bytes_sent"), double(r.traffic.bytesSent));
    o.insert(QStringLiteral("bytes_received"), double(r.traffic.bytesReceived));
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings));
    o.insert(QStringLiteral("left_work_area"), r.left);
    o.insert(QStringLiteral("packages_missing"), QJsonArray::fromStringList(r.packagesMissing));
    if (r.definition)
        o.insert(QStringLiteral("definition"),
                 QJsonObject{{QStringLiteral("from"), r.definition->fromVersion},
                             {QStringLiteral("to"), r.definition->toVersion},
                             {QStringLiteral("held"), r.definition->held},
                             {QStringLiteral("retired_layers"), QJsonArray::fromStringList(r.definition->retiredLayers)},
                             {QStringLiteral("dropped_layers"), QJsonArray::fromStringList(r.definition->droppedLayers)},
                             {QStringLiteral("changes"), QJsonArray::fromStringList(r.definition->changes)}});
    if (!r.definitionRefused.isEmpty())
        o.insert(QStringLiteral("definition_refused"), QJsonArray::fromStringList(r.definitionRefused));
    if (r.verify.ran) {
        const VerifyReport &v = r.verify;
        o.insert(QStringLiteral("verify"),
                 QJsonObject{{QStringLiteral("layers"), v.layers},
                             {QStringLiteral("buckets"), v.buckets},
                             {QStringLiteral("mismatched"), v.mismatched},
                             {QStringLiteral("healed"), v.healed},
                             {QStringLiteral("healed_features"), QJsonArray::fromStringList(v.healedFeatures)},
                             {QStringLiteral("pending_here"), v.pendingHere},
                             {QStringLiteral("only_here"), QJsonArray::fromStringList(v.onlyHere)},
                             {QStringLiteral("unverifiable"), QJsonArray::fromStringList(v.unverifiable)},
                             {QStringLiteral("divergence"), v.divergence()}});
    }
    return o;
}

int listCatalogue(Transport &transport, const SyncSettings &settings, bool json, QTextStream &out, QTextStream &err)
{
    SitClient client(transport, settings.owsUrl, SyncSettings::defaultAttachmentsUrl(settings.owsUrl), settings.retry);
    std::vector<wfs::CatalogueEntry> projects;
    std::vector<wfs::AreaEntry> areas;
    bool hasCatalogue = false, hasAreas = false;
    CallResult r = client.catalogue(projects, hasCatalogue);
    if (r.ok())
        r = client.workAreas(areas, hasAreas);
    if (!r.ok()) {
        err << "territori-sync: " << r.message << '\n';
        return exitCode(r.error);
    }
    if (json) {
        QJsonArray p, a;
        for (const auto &e : projects)
            p.append(QJsonObject{{QStringLiteral("id"), e.id},
                                 {QStringLiteral("version"), e.version},
                                 {QStringLiteral("title"), e.title.toJson()},
                                 {QStringLiteral("roles"), QJsonArray::fromStringList(e.roles)}});
        for (const auto &e : areas)
            a.append(QJsonObject{{QStringLiteral("id"), e.id},
                                 {QStringLiteral("kind"), e.kind},
                                 {QStringLiteral("name"), e.name},
                                 {QStringLiteral("sample"), e.sample}});
        out << QJsonDocument(QJsonObject{{QStringLiteral("catalogue"), hasCatalogue},
                                         {QStringLiteral("projects"), p},
                                         {QStringLiteral("work_areas"), a}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
        return 0;
    }
    if (!hasCatalogue)
        out << "the SIT keeps no catalogue of projects (its sync kit is older)\n";
    for (const auto &e : projects)
        out << QStringLiteral("project %1  version %2  %3\n").arg(e.id).arg(e.version).arg(e.title.it);
    for (const auto &e : areas)
        out << QStringLiteral("area %1  %2  %3%4\n").arg(e.id, e.kind, e.name, e.sample ? QStringLiteral("  (sample)") : QString());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CittaMetropolitanaMilano"));
    QCoreApplication::setApplicationName(QStringLiteral("Territori"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TERRITORI_VERSION));

    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Synchronises a Territori project with the SIT of the Città "
                                               "metropolitana di Milano (WFS-T), as the app does."));
    p.addHelpOption();
    p.addVersionOption();
    p.addPositionalArgument(QStringLiteral("project"), QStringLiteral("The project folder (holds project.gpkg)."));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("The SIT's WFS endpoint for your role."),
                                    QStringLiteral("url"));
    const QCommandLineOption feedServer(QStringLiteral("feed-server"),
                                        QStringLiteral("Read the SIT's change feeds from this endpoint (a read replica's, "
                                                       "e.g. .../ows-read/<role>/); pushes still go to --server."),
                                        QStringLiteral("url"));
    const QCommandLineOption attachments(QStringLiteral("attachments"),
                                         QStringLiteral("The SIT's WebDAV folder for photos (default: /dav/attachments/ "
                                                        "on the same server)."),
                                         QStringLiteral("url"));
    const QCommandLineOption user(QStringLiteral("user"), QStringLiteral("User name on the SIT."), QStringLiteral("name"));
    const QCommandLineOption passwordStdin(QStringLiteral("password-stdin"),
                                           QStringLiteral("Read the password from the first line of standard input "
                                                          "(otherwise from the keychain)."));
    const QCommandLineOption caFile(QStringLiteral("ca-file"), QStringLiteral("Also trust this CA (PEM)."),
                                    QStringLiteral("pem"));
    const QCommandLineOption pushOnly(QStringLiteral("push-only"), QStringLiteral("Only send local edits."));
    const QCommandLineOption pullOnly(QStringLiteral("pull-only"), QStringLiteral("Only receive the SIT's changes."));
    const QCommandLineOption batch(QStringLiteral("batch"), QStringLiteral("Actions per transaction (default 1000)."),
                                   QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Features per page (default 1000)."),
                                  QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption json(QStringLiteral("json"), QStringLiteral("Print the report as JSON."));
    const QCommandLineOption verify(QStringLiteral("verify"),
                                    QStringLiteral("After the pull, compare every layer with the SIT (counts and digests "
                                                   "by revision ranges), fetch what differs, and report it."));
    const QCommandLineOption noVerify(QStringLiteral("no-verify"),
                                      QStringLiteral("Never run that comparison (by default it runs when the last one "
                                                     "is more than 6 hours old)."));
    const QCommandLineOption catalogue(QStringLiteral("catalogue"),
                                       QStringLiteral("List the SIT's projects and work areas this account may use."));
    const QCommandLineOption download(QStringLiteral("download"),
                                      QStringLiteral("Download this project of the SIT's catalogue (with --into)."),
                                      QStringLiteral("id"));
    const QCommandLineOption area(QStringLiteral("area"),
                                  QStringLiteral("With --download: only the features of this work area (default: the "
                                                 "whole territory)."),
                                  QStringLiteral("area"));
    const QCommandLineOption into(QStringLiteral("into"),
                                  QStringLiteral("With --download: the folder of projects; the project goes into "
                                                 "<folder>/<id>."),
                                  QStringLiteral("dir"));
    p.addOptions({server, feedServer, attachments, user, passwordStdin, caFile, pushOnly, pullOnly, verify, noVerify, batch, page,
                  json, catalogue, download, area, into});
    p.process(app);

    QTextStream err(stderr);
    const bool projectMode = !p.isSet(catalogue) && !p.isSet(download);
    if ((projectMode && p.positionalArguments().size() != 1) || !p.isSet(server) || (p.isSet(download) && !p.isSet(into))) {
        err << "territori-sync: give the project folder (or --catalogue, or --download ID --into DIR) and --server URL "
               "(see --help)\n";
        return 2;
    }
    const QString project = projectMode ? p.positionalArguments().first() : QString();
    if (projectMode && !QFileInfo::exists(project + QStringLiteral("/project.gpkg"))) {
        err << "territori-sync: " << project << " is not a Territori project (no project.gpkg)\n";
        return 2;
    }
    SyncSettings settings;
    settings.owsUrl = QUrl::fromUserInput(p.value(server));
    if (!settings.owsUrl.isValid() || (settings.owsUrl.scheme() != QLatin1String("http") &&
                                       settings.owsUrl.scheme() != QLatin1String("https"))) {
        err << "territori-sync: --server must be an http:// or https:// address\n";
        return 2;
    }
    if (p.isSet(attachments))
        settings.attachmentsUrl = QUrl::fromUserInput(p.value(attachments));
    if (p.isSet(feedServer)) {
        settings.feedUrl = QUrl::fromUserInput(p.value(feedServer));
        if (!settings.feedUrl.isValid() || settings.feedUrl.scheme() != settings.owsUrl.scheme()) {
            err << "territori-sync: --feed-server must be an address of the same scheme as --server\n";
            return 2;
        }
    }
    settings.user = p.value(user);
    settings.device = QStringLiteral("territori-sync@") + QSysInfo::machineHostName();
    settings.push = !p.isSet(pullOnly);
    settings.pull = !p.isSet(pushOnly);
    settings.batchSize = std::max(1, p.value(batch).toInt());
    settings.pageSize = std::max(1, p.value(page).toInt());
    if (p.isSet(verify) && p.isSet(noVerify)) {
        err << "territori-sync: --verify and --no-verify exclude each other\n";
        return 2;
    }
    if (p.isSet(verify))
        settings.verify = SyncSettings::Verify::Always;
    else if (p.isSet(noVerify))
        settings.verify = SyncSettings::Verify::Never;

    Credentials credentials;
    credentials.user = settings.user;
    if (p.isSet(passwordStdin)) {
        std::string line;
        std::getline(std::cin, line);
        credentials.password = QString::fromStdString(line);
    } else if (!settings.user.isEmpty()) {
        QString message;
        if (!CredentialStore::readBlocking(settings.owsUrl, settings.user, credentials.password, message))
            err << "territori-sync: " << message << " Use --password-stdin.\n";
    }

    CurlTransport::Options options;
    options.caFile = p.value(caFile);
    CurlTransport transport(options);
    transport.setCredentials(credentials);
    credentials.password.fill(QLatin1Char('\0'));

    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    QTextStream out(stdout);
    if (p.isSet(catalogue))
        return listCatalogue(transport, settings, p.isSet(json), out, err);
    if (p.isSet(download)) {
        DownloadSettings d;
        d.owsUrl = settings.owsUrl;
        d.user = settings.user;
        d.device = settings.device;
        d.projectId = p.value(download);
        d.areaId = p.value(area);
        d.projectsDirectory = p.value(into);
        d.pageSize = settings.pageSize;
        ProjectDownload job(d, transport);
        g_download = &job;
        if (!p.isSet(json))
            QObject::connect(&job, &ProjectDownload::progress, [&](double f, const QString &what) {
                err << QStringLiteral("[%1%] %2\n").arg(int(f * 100), 3).arg(what);
                err.flush();
            });
        const DownloadReport r = job.run();
        g_download = nullptr;
        if (p.isSet(json)) {
            out << QJsonDocument(QJsonObject{{QStringLiteral("ok"), r.ok()},
                                             {QStringLiteral("message"), r.message},
                                             {QStringLiteral("directory"), r.directory},
                                             {QStringLiteral("resumed"), r.resumed},
                                             {QStringLiteral("features"), r.features},
                                             {QStringLiteral("photos"), r.photos},
                                             {QStringLiteral("packages_missing"), QJsonArray::fromStringList(r.packagesMissing)},
                                             {QStringLiteral("bytes_received"), double(r.traffic.bytesReceived)},
                                             {QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings)}})
                       .toJson(QJsonDocument::Compact)
                << '\n';
        } else if (r.ok()) {
            out << QStringLiteral("downloaded into %1: %2 features, %3 photos%4\n")
                       .arg(r.directory)
                       .arg(r.features)
                       .arg(r.photos)
                       .arg(r.resumed ? QStringLiteral(" (resumed)") : QString());
            for (const QString &w : r.warnings)
                out << "warning: " << w << '\n';
        } else {
            err << "territori-sync: " << r.message << '\n';
        }
        return exitCode(r.error);
    }

    SyncEngine engine(project, transport, settings);
    g_engine = &engine;
    if (!p.isSet(json)) {
        QObject::connect(&engine, &SyncEngine::progress, [&](double f, const QString &what) {
            err << QStringLiteral("[%1%] %2\n").arg(int(f * 100), 3).arg(what);
            err.flush();
        });
    }
    const SyncReport report = engine.run();
    g_engine = nullptr;

    if (p.isSet(json)) {
        out << QJsonDocument(toJson(report)).toJson(QJsonDocument::Compact) << '\n';
    } else {
        out << QStringLiteral("sent %1 (recovered %2), received %3, merged %4, conflicts %5, refused %6, still to "
                              "send %7, photos up %8 down %9\n")
                   .arg(report.sent)
                   .arg(report.recovered)
                   .arg(report.received)
                   .arg(report.merged)
                   .arg(report.conflicts)
                   .arg(report.failed)
                   .arg(report.remaining)
                   .arg(report.photosUploaded)
                   .arg(report.photosDownloaded);
        if (report.verify.ran)
            out << QStringLiteral("verified %1 layers (%2 revision ranges, %3 differed): healed %4, only here %5, "
                                  "waiting to be sent %6\n")
                       .arg(report.verify.layers)
                       .arg(report.verify.buckets)
                       .arg(report.verify.mismatched)
                       .arg(report.verify.healed)
                       .arg(report.verify.onlyHere.size())
                       .arg(report.verify.pendingHere);
        for (const QString &w : report.warnings)
            out << "warning: " << w << '\n';
        if (!report.ok())
            err << "territori-sync: " << report.message << '\n';
    }
    return exitCode(report.error);
}

#include "sitclient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <QUrlQuery>

namespace territori::sync {

namespace {

// Turns a finished reply that is an error into the message the person reads.
CallResult failureOf(const HttpReply &r)
{
    const int status = r.status();
    if (status == 401)
        return CallResult::failure(Job::Error::Permission,
                                   QCoreApplication::translate("Sync", "The SIT did not accept the user name and password (HTTP 401)."), 401);
    if (status == 403) {
        const QString server = wfs::serviceExceptionMessage(r.body());
        return CallResult::failure(Job::Error::Permission,
                                   server.isEmpty() ? QCoreApplication::translate("Sync", "Your role on the SIT may not do this (HTTP 403).")
                                                    : QCoreApplication::translate("Sync", "Your role on the SIT may not do this: %1").arg(server),
                                   403);
    }
    if (status >= 400) {
        const QString server = wfs::serviceExceptionMessage(r.body());
        if (!server.isEmpty())
            return CallResult::failure(r.error(), QCoreApplication::translate("Sync", "The SIT refused the request: %1").arg(server), status);
    }
    return CallResult::failure(r.error(), r.errorString(), status);
}

// Worth trying again within the run. Not a 429: the SIT's limit on failed sign-ins lasts minutes, and trying again
// at once only keeps it closed.
bool transient(const HttpReply &r)
{
    return r.error() == Job::Error::Network && r.status() != 429;
}

} // namespace

SitClient::SitClient(Transport &transport, QUrl owsUrl, QUrl attachmentsUrl, RetryPolicy retry)
    : m_transport(transport), m_ows(std::move(owsUrl)), m_dav(std::move(attachmentsUrl)), m_retry(retry)
{
    if (!m_dav.path().endsWith(QLatin1Char('/')))
        m_dav.setPath(m_dav.path() + QLatin1Char('/'));
}

void SitClient::cancel()
{
    m_cancelled = true;
    QMutexLocker lock(&m_currentLock);
    for (HttpReply *r : std::as_const(m_current))
        r->cancel();
}

std::unique_ptr<HttpReply> SitClient::start(const HttpRequest &request)
{
    std::unique_ptr<HttpReply> reply(m_transport.start(request));
    QMutexLocker lock(&m_currentLock);
    m_current.insert(reply.get());
    if (m_cancelled)
        reply->cancel();
    return reply;
}

void SitClient::wait(HttpReply &reply)
{
    if (!reply.isFinished()) {
        QEventLoop loop;
        QObject::connect(&reply, &Job::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    {
        QMutexLocker lock(&m_currentLock);
        m_current.remove(&reply);
    }
    ++m_traffic.requests;
    m_traffic.bytesSent += reply.bytesSent();
    m_traffic.bytesReceived += reply.bytesReceived();
}

std::unique_ptr<HttpReply> SitClient::send(const HttpRequest &request)
{
    auto reply = start(request);
    wait(*reply);
    return reply;
}

void SitClient::pause(int ms)
{
    QElapsedTimer t;
    t.start();
    while (!m_cancelled && t.elapsed() < ms)
        QThread::msleep(20);
}

CallResult SitClient::read(const HttpRequest &request, const std::function<CallResult(HttpReply &)> &accept)
{
    int delay = m_retry.firstDelayMs;
    CallResult last;
    for (int attempt = 1; attempt <= m_retry.attempts; ++attempt) {
        if (m_cancelled)
            return CallResult::failure(Job::Error::Cancelled, QCoreApplication::translate("Sync", "Cancelled."));
        auto reply = send(request);
        if (reply->error() == Job::Error::Cancelled)
            return CallResult::failure(Job::Error::Cancelled, QCoreApplication::translate("Sync", "Cancelled."));
        if (!transient(*reply))
            return accept(*reply);
        last = failureOf(*reply);
        if (attempt < m_retry.attempts) {
            pause(delay);
            delay = std::min(delay * 2, m_retry.maxDelayMs);
        }
    }
    return last;
}

CallResult SitClient::describe(const QStringList &typeNames, QHash<QString, QStringList> &properties)
{
    HttpRequest req;
    req.url = wfs::describeUrl(m_ows, typeNames);
    return read(req, [&](HttpReply &r) {
        // An exception report is the SIT saying it has no such type: reported as HTTP 400 whatever the status was.
        const QString exception = wfs::serviceExceptionMessage(r.body());
        if (!exception.isEmpty() && r.status() != 401 && r.status() != 403)
            return CallResult::failure(Job::Error::Server, QCoreApplication::translate("Sync", "The SIT refused the request: %1").arg(exception), 400);
        if (r.error() != Job::Error::None)
            return failureOf(r);
        QString error;
        if (!wfs::parseDescribeFeatureType(r.body(), properties, &error))
            return CallResult::failure(Job::Error::Server, error, r.status());
        return CallResult();
    });
}

HttpRequest SitClient::changesRequest(const QString &typeName, qint64 afterRev, std::optional<qint64> upToRev, int max,
                                      bool idsOnly, const QString &alsoProperty) const
{
    HttpRequest req;
    req.method = "POST";
    req.url = wfs::serviceUrl(m_ows);
    req.headers << qMakePair(QByteArray("Content-Type"), QByteArray("text/xml; charset=utf-8"));
    req.body = wfs::changesRequest(typeName, afterRev, upToRev, max, false, idsOnly, alsoProperty,
                                   isFeedOfLayer(typeName) ? m_area : QString());
    return req;
}

CallResult SitClient::acceptChanges(HttpReply &r, const store::LayerDef *layer, const QString &typeName,
                                    qint64 afterRev, wfs::FeaturePage &page)
{
    const CallResult accepted = acceptFeaturePage(r, layer, typeName, page);
    if (!accepted.ok())
        return accepted;
    // The cursor moves to the page's last revision: a page out of order would skip features for good.
    qint64 previous = afterRev;
    for (const auto &f : page.features) {
        if (f.rev <= previous) {
            page = wfs::FeaturePage();
            return CallResult::failure(Job::Error::Server,
                                       QCoreApplication::translate("Sync", "The SIT sent the changes of %1 out of revision order; nothing of them was "
                                          "kept (its WFS must honour SortBy).")
                                           .arg(typeName));
        }
        previous = f.rev;
    }
    return CallResult();
}

CallResult SitClient::changes(const store::LayerDef *layer, const QString &typeName, qint64 afterRev, std::optional<qint64> upToRev,
                              int max, wfs::FeaturePage &page, bool idsOnly, const QString &alsoProperty)
{
    return read(changesRequest(typeName, afterRev, upToRev, max, idsOnly, alsoProperty),
                [&](HttpReply &r) { return acceptChanges(r, layer, typeName, afterRev, page); });
}

std::unique_ptr<HttpReply> SitClient::beginChanges(const QString &typeName, qint64 afterRev, std::optional<qint64> upToRev, int max)
{
    return start(changesRequest(typeName, afterRev, upToRev, max));
}

void SitClient::abandon(std::unique_ptr<HttpReply> reply)
{
    if (!reply)
        return;
    QMutexLocker lock(&m_currentLock);
    m_current.remove(reply.get());
    reply->cancel();
}

CallResult SitClient::endChanges(std::unique_ptr<HttpReply> reply, const store::LayerDef *layer,
                                 const QString &typeName, qint64 afterRev, std::optional<qint64> upToRev, int max,
                                 wfs::FeaturePage &page)
{
    wait(*reply);
    if (reply->error() == Job::Error::Cancelled || m_cancelled)
        return CallResult::failure(Job::Error::Cancelled, QCoreApplication::translate("Sync", "Cancelled."));
    if (!transient(*reply))
        return acceptChanges(*reply, layer, typeName, afterRev, page);
    return changes(layer, typeName, afterRev, upToRev, max, page); // the ordinary retries
}

CallResult SitClient::departures(const QString &typeName, qint64 afterRev, qint64 upToRev, int max, wfs::FeaturePage &page)
{
    HttpRequest req;
    req.method = "POST";
    req.url = wfs::serviceUrl(m_ows);
    req.headers << qMakePair(QByteArray("Content-Type"), QByteArray("text/xml; charset=utf-8"));
    req.body = wfs::changesRequest(typeName, afterRev, upToRev, max, false, true, QString(), m_area, true);
    return read(req, [&](HttpReply &r) { return acceptChanges(r, nullptr, typeName, afterRev, page); });
}

CallResult SitClient::countChanges(const QString &typeName, qint64 afterRev, qint64 &count, const QString &area)
{
    HttpRequest req;
    req.method = "POST";
    req.url = wfs::serviceUrl(m_ows);
    req.headers << qMakePair(QByteArray("Content-Type"), QByteArray("text/xml; charset=utf-8"));
    req.body = wfs::changesRequest(typeName, afterRev, std::nullopt, 0, true, false, QString(),
                                   area.isNull() && isFeedOfLayer(typeName) ? m_area : area);
    return read(req, [&](HttpReply &r) {
        if (r.error() != Job::Error::None)
            return failureOf(r);
        QString error;
        if (!wfs::parseHits(r.body(), count, &error))
            return CallResult::failure(Job::Error::Server, error);
        return CallResult();
    });
}

CallResult SitClient::readType(const QString &typeName, bool &published,
                               const std::function<CallResult(const QByteArray &body)> &accept)
{
    published = false;
    HttpRequest req;
    req.url = wfs::allFeaturesUrl(m_ows, typeName);
    return read(req, [&](HttpReply &r) {
        // QGIS answers 400 with "TypeName '...' could not be found" for a type it does not publish.
        if (r.status() == 400 && !wfs::serviceExceptionMessage(r.body()).isEmpty())
            return CallResult();
        if (r.error() != Job::Error::None)
            return failureOf(r);
        if (!wfs::isJson(r.contentType()))
            return CallResult::failure(Job::Error::Server,
                                       wfs::unexpectedReply(r.body(), r.contentType(), QCoreApplication::translate("Sync", "GeoJSON features")));
        published = true;
        return accept(r.body());
    });
}

CallResult SitClient::watermark(qint64 &highWater, bool &published)
{
    return readType(wfs::sit::feedState, published, [&](const QByteArray &body) {
        QString error;
        if (!wfs::parseWatermark(body, highWater, &error))
            return CallResult::failure(Job::Error::Server, error);
        return CallResult();
    });
}

CallResult SitClient::digests(const QString &layer, std::vector<wfs::DigestRow> &rows, bool &published)
{
    return readType(wfs::sit::digestPrefix + layer, published, [&](const QByteArray &body) {
        QString error;
        if (!wfs::parseDigests(body, rows, &error))
            return CallResult::failure(Job::Error::Server, error);
        return CallResult();
    });
}

CallResult SitClient::acceptFeaturePage(HttpReply &r, const store::LayerDef *layer, const QString &typeName,
                                        wfs::FeaturePage &page)
{
    if (r.error() != Job::Error::None) {
        CallResult failed = failureOf(r);
        failed.featureTrouble = r.tooLarge();
        return failed;
    }
    QString error;
    if (!wfs::isJson(r.contentType()))
        return CallResult::failure(Job::Error::Server,
                                   wfs::unexpectedReply(r.body(), r.contentType(), QCoreApplication::translate("Sync", "GeoJSON features")));
    if (!wfs::parseFeaturePage(r.body(), layer, page, &error, typeName)) {
        CallResult failed = CallResult::failure(Job::Error::Server, error);
        failed.featureTrouble = page.unreadable;
        return failed;
    }
    return CallResult();
}

CallResult SitClient::featuresById(const QString &typeName, const store::LayerDef *layer, const QStringList &ids,
                                   int chunk, wfs::FeaturePage &page)
{
    page = wfs::FeaturePage();
    for (int i = 0; i < ids.size(); i += chunk) {
        wfs::FeaturePage part;
        HttpRequest req;
        req.url = wfs::featuresByIdUrl(m_ows, typeName, ids.mid(i, chunk));
        const CallResult r = read(req, [&](HttpReply &reply) { return acceptFeaturePage(reply, layer, typeName, part); });
        if (!r.ok())
            return r;
        for (auto &f : part.features)
            page.features.push_back(std::move(f));
        page.warnings << part.warnings;
        page.maxRev = std::max(page.maxRev, part.maxRev);
    }
    return CallResult();
}

CallResult SitClient::features(const store::LayerDef &layer, const QStringList &uuids, wfs::FeaturePage &page)
{
    // Keep each request well under the server's request-line limit.
    return featuresById(layer.name, &layer, uuids, 60, page);
}

namespace {

HttpRequest transactionRequest(const QUrl &ows, const QByteArray &body)
{
    HttpRequest req;
    req.method = "POST";
    req.url = wfs::transactionUrl(ows);
    req.headers << qMakePair(QByteArray("Content-Type"), QByteArray("text/xml; charset=utf-8"));
    req.body = body;
    return req;
}

CallResult transactionOutcome(const HttpReply &reply, wfs::TransactionResult &result)
{
    if (reply.error() != Job::Error::None && reply.status() != 400)
        return failureOf(reply);
    QString error;
    if (!wfs::parseTransactionResponse(reply.body(), result, &error))
        return CallResult::failure(reply.status() == 400 ? Job::Error::Server : Job::Error::Network, error,
                                   reply.status());
    return CallResult();
}

} // namespace

CallResult SitClient::moderation(const QString &layer, const QStringList &uuids, wfs::FeaturePage &page)
{
    // The feed's key is (layer, uuid): QGIS names such a feature "<type>.<layer>@@<uuid>".
    QStringList ids;
    for (const QString &u : uuids)
        ids << layer + QStringLiteral("@@") + u;
    return featuresById(wfs::sit::moderation, nullptr, ids, 40, page);
}

CallResult SitClient::appliedOps(const QStringList &ops, QHash<QString, qint64> &revs, bool &published)
{
    published = true;
    for (int i = 0; i < ops.size(); i += 60) {
        HttpRequest req;
        req.url = wfs::featuresByIdUrl(m_ows, wfs::sit::ops, ops.mid(i, 60));
        const CallResult r = read(req, [&](HttpReply &reply) {
            if (reply.status() == 400 && !wfs::serviceExceptionMessage(reply.body()).isEmpty()) {
                published = false; // an older kit
                return CallResult();
            }
            if (reply.error() != Job::Error::None)
                return failureOf(reply);
            QString error;
            if (!wfs::parseAppliedOps(reply.body(), revs, &error))
                return CallResult::failure(Job::Error::Server, error);
            return CallResult();
        });
        if (!r.ok() || !published)
            return r;
    }
    return CallResult();
}

CallResult SitClient::tombstones(const QString &layer, const QStringList &uuids, wfs::FeaturePage &page)
{
    QStringList ids;
    for (const QString &u : uuids)
        ids << layer + QStringLiteral("@@") + u;
    return featuresById(wfs::sit::tombstones, nullptr, ids, 40, page);
}

CallResult SitClient::transaction(const QByteArray &body, wfs::TransactionResult &result)
{
    if (m_cancelled)
        return CallResult::failure(Job::Error::Cancelled, QCoreApplication::translate("Sync", "Cancelled."));
    auto reply = send(transactionRequest(m_ows, body));
    return transactionOutcome(*reply, result);
}

std::vector<std::pair<CallResult, wfs::TransactionResult>> SitClient::transactions(const QList<QByteArray> &bodies)
{
    std::vector<std::pair<CallResult, wfs::TransactionResult>> out(size_t(bodies.size()));
    if (m_cancelled) {
        for (auto &o : out)
            o.first = CallResult::failure(Job::Error::Cancelled, QCoreApplication::translate("Sync", "Cancelled."));
        return out;
    }
    std::vector<std::unique_ptr<HttpReply>> replies;
    for (const QByteArray &body : bodies)
        replies.push_back(start(transactionRequest(m_ows, body)));
    for (size_t i = 0; i < replies.size(); ++i) {
        wait(*replies[i]);
        out[i].first = transactionOutcome(*replies[i], out[i].second);
    }
    return out;
}

QUrl SitClient::attachmentUrl(const QString &sha256) const
{
    QUrl url = m_dav;
    url.setPath(m_dav.path() + sha256);
    return url;
}

CallResult SitClient::attachmentSize(const QString &sha256, qint64 &size, bool &exists)
{
    HttpRequest req;
    req.method = "HEAD";
    req.url = attachmentUrl(sha256);
    return read(req, [&](HttpReply &r) {
        exists = r.status() == 200;
        size = r.header("Content-Length").toLongLong();
        if (r.status() == 200 || r.status() == 404)
            return CallResult();
        return failureOf(r);
    });
}

CallResult SitClient::uploadAttachment(const QString &sha256, const QByteArray &bytes, const QByteArray &mime,
                                       QByteArray *digest)
{
    HttpRequest req;
    req.method = "PUT";
    req.url = attachmentUrl(sha256);
    req.body = bytes;
    req.headers << qMakePair(QByteArray("Content-Type"), mime.isEmpty() ? QByteArray("application/octet-stream") : mime);
    req.headers << qMakePair(QByteArray("If-None-Match"), QByteArray("*"));
    return read(req, [&](HttpReply &r) {
        // 412: a file of that name (that hash) is there already; the caller checks its content.
        if (r.status() == 200 || r.status() == 201 || r.status() == 204 || r.status() == 412) {
            if (digest)
                *digest = r.header("Digest");
            CallResult ok;
            ok.status = r.status();
            return ok;
        }
        return failureOf(r);
    });
}

CallResult SitClient::downloadAttachment(const QString &sha256, QByteArray &bytes, QByteArray &mime)
{
    HttpRequest req;
    req.url = attachmentUrl(sha256);
    return read(req, [&](HttpReply &r) {
        if (r.status() == 404)
            return CallResult::failure(Job::Error::Server, QCoreApplication::translate("Sync", "The photo %1 is not on the SIT.").arg(sha256.left(12)));
        if (r.error() != Job::Error::None)
            return failureOf(r);
        bytes = r.body();
        mime = r.contentType();
        return CallResult();
    });
}

namespace {

HttpRequest getFeature(const QUrl &ows, const QString &typeName, const QString &properties, const QString &featureId)
{
    QUrl url = ows;
    QUrlQuery q(url);
    for (const auto &item : {qMakePair(QStringLiteral("SERVICE"), QStringLiteral("WFS")),
                             qMakePair(QStringLiteral("VERSION"), QStringLiteral("1.1.0")),
                             qMakePair(QStringLiteral("REQUEST"), QStringLiteral("GetFeature")),
                             qMakePair(QStringLiteral("TYPENAME"), typeName),
                             qMakePair(QStringLiteral("OUTPUTFORMAT"), QStringLiteral("application/json")),
                             qMakePair(QStringLiteral("SRSNAME"), QStringLiteral("EPSG:4326"))})
        q.addQueryItem(item.first, item.second);
    if (!properties.isEmpty())
        q.addQueryItem(QStringLiteral("PROPERTYNAME"), properties);
    if (!featureId.isEmpty())
        q.addQueryItem(QStringLiteral("FEATUREID"), QString::fromLatin1(QUrl::toPercentEncoding(typeName + QLatin1Char('.') + featureId)));
    url.setQuery(q);
    HttpRequest req;
    req.url = url;
    return req;
}

// QGIS answers 400 with an exception report for a type it does not publish (an older kit) or a feature id it does not
// know.
bool noSuchType(const HttpReply &r)
{
    return r.status() == 400 && !wfs::serviceExceptionMessage(r.body()).isEmpty();
}

const QString kCatalogueProperties = QStringLiteral("id,version,format,roles,title,description,sha256,published_at");

} // namespace

bool SitClient::isFeedOfLayer(const QString &typeName)
{
    return !typeName.startsWith(QLatin1String("territori_"));
}

CallResult SitClient::catalogue(std::vector<wfs::CatalogueEntry> &entries, bool &published)
{
    published = false;
    return read(getFeature(m_ows, wfs::sit::projects, kCatalogueProperties, QString()), [&](HttpReply &r) {
        if (noSuchType(r))
            return CallResult();
        if (r.error() != Job::Error::None)
            return failureOf(r);
        QString error;
        if (!wfs::isJson(r.contentType()))
            return CallResult::failure(Job::Error::Server, wfs::unexpectedReply(r.body(), r.contentType(),
                                                                                QCoreApplication::translate("Sync", "the catalogue of projects")));
        if (!wfs::parseCatalogue(r.body(), entries, &error))
            return CallResult::failure(Job::Error::Server, error);
        published = true;
        return CallResult();
    });
}

CallResult SitClient::project(const QString &id, wfs::CatalogueEntry &entry, bool &found)
{
    found = false;
    return read(getFeature(m_ows, wfs::sit::projects, kCatalogueProperties + QStringLiteral(",definition"), id),
                [&](HttpReply &r) {
                    if (noSuchType(r))
                        return CallResult();
                    if (r.error() != Job::Error::None)
                        return failureOf(r);
                    std::vector<wfs::CatalogueEntry> entries;
                    QString error;
                    if (!wfs::isJson(r.contentType()))
                        return CallResult::failure(Job::Error::Server, wfs::unexpectedReply(r.body(), r.contentType(),
                                                                                            QCoreApplication::translate("Sync", "the catalogue of projects")));
                    if (!wfs::parseCatalogue(r.body(), entries, &error))
                        return CallResult::failure(Job::Error::Server, error);
                    for (wfs::CatalogueEntry &e : entries) {
                        if (e.id != id)
                            continue;
                        if (e.definition.isEmpty())
                            return CallResult::failure(Job::Error::Server,
                                                       QCoreApplication::translate("Sync", "The SIT sent the project '%1' without its definition.").arg(id));
                        entry = std::move(e);
                        found = true;
                    }
                    return CallResult();
                });
}

CallResult SitClient::workAreas(std::vector<wfs::AreaEntry> &areas, bool &published)
{
    published = false;
    return read(getFeature(m_ows, wfs::sit::workAreas, QStringLiteral("id,kind,name,code,sample"), QString()),
                [&](HttpReply &r) {
                    if (noSuchType(r))
                        return CallResult();
                    if (r.error() != Job::Error::None)
                        return failureOf(r);
                    QString error;
                    if (!wfs::parseWorkAreas(r.body(), areas, &error))
                        return CallResult::failure(Job::Error::Server, error);
                    published = true;
                    return CallResult();
                });
}

CallResult SitClient::workArea(const QString &id, wfs::AreaEntry &area, bool &found)
{
    found = false;
    return read(getFeature(m_ows, wfs::sit::workAreas, QString(), id), [&](HttpReply &r) {
        if (noSuchType(r))
            return CallResult();
        if (r.error() != Job::Error::None)
            return failureOf(r);
        std::vector<wfs::AreaEntry> areas;
        QString error;
        if (!wfs::parseWorkAreas(r.body(), areas, &error))
            return CallResult::failure(Job::Error::Server, error);
        for (wfs::AreaEntry &a : areas) {
            if (a.id != id)
                continue;
            if (a.geometry.isEmpty())
                return CallResult::failure(Job::Error::Server,
                                           QCoreApplication::translate("Sync", "The SIT sent the work area '%1' without its boundary.").arg(a.name));
            area = std::move(a);
            found = true;
        }
        return CallResult();
    });
}

CallResult SitClient::downloadFile(const QString &name, const QString &partPath, qint64 expectedSize,
                                   const std::function<void(qint64, qint64)> &progress)
{
    QUrl url = m_ows;
    url.setQuery(QString());
    url.setFragment(QString());
    url.setPath(QStringLiteral("/files/") + name);
    // A few tries, each resuming where the file stopped: a link that drops mid-way costs only what was in flight.
    int delay = m_retry.firstDelayMs;
    CallResult last;
    for (int attempt = 0; attempt < std::max(1, m_retry.attempts); ++attempt) {
        if (m_cancelled)
            return CallResult::failure(Job::Error::Cancelled, QCoreApplication::translate("Sync", "Cancelled."));
        const qint64 have = QFileInfo(partPath).size();
        if (expectedSize > 0 && have >= expectedSize)
            return CallResult();
        HttpRequest req;
        req.url = url;
        req.bodyFile = partPath;
        req.timeoutMs = 0; // hundreds of MB: only a stalled transfer fails
        if (have > 0)
            req.headers << qMakePair(QByteArray("Range"), QByteArray("bytes=") + QByteArray::number(have) + '-');
        auto reply = start(req);
        QMetaObject::Connection watch;
        if (progress)
            watch = QObject::connect(reply.get(), &Job::progressChanged, reply.get(), [&, have, r = reply.get()] {
                // curl's fraction is of what this request transfers: the rest after `have`
                const qint64 total = expectedSize > 0 ? expectedSize : 0;
                progress(total > 0 ? have + qint64(r->progress() * double(total - have)) : 0, total);
            });
        wait(*reply);
        QObject::disconnect(watch);
        if (reply->error() == Job::Error::None) {
            if (progress)
                progress(QFileInfo(partPath).size(), expectedSize);
            return CallResult();
        }
        if (reply->error() == Job::Error::Cancelled || m_cancelled)
            return CallResult::failure(Job::Error::Cancelled, QCoreApplication::translate("Sync", "Cancelled."));
        if (reply->status() == 416) {
            // The server has no byte after what is here: the file is longer than the package, or another one.
            QFile::remove(partPath);
            last = CallResult::failure(Job::Error::Server, QCoreApplication::translate("Sync", "The file %1 on the SIT is not the one expected; it is fetched again.").arg(name));
            continue;
        }
        last = failureOf(*reply);
        if (!transient(*reply))
            return last;
        pause(delay);
        delay = std::min(delay * 2, m_retry.maxDelayMs);
    }
    return last;
}

} // namespace territori::sync

// The Importer's passes over the file: check() (pass 1), write() (pass 2), and run() (both at once). See importer.h.

#include "importer.h"
#include "importer_p.h"
#include "outbox.h"

#include <QCoreApplication>
#include <QUuid>

#include <condition_variable>
#include <deque>
#include <future>
#include <mutex>
#include <thread>

namespace territori::gis {

bool Importer::startPass()
{
    m_cancelled = false;
    m_storeError = store::ErrorKind::None;
    if (!m_source || m_problem != Problem::None) {
        if (m_message.isEmpty()) // prepare()'s own reason stays
            m_message = QCoreApplication::translate("Import", "The import is not prepared.");
        return false;
    }
    m_message.clear();
    return true;
}

// ---- Pass 1: checking ------------------------------------------------------------------------------------------------

void Importer::beginReport(ImportReport &report, bool hash)
{
    report = ImportReport();
    report.startedAt = QDateTime::currentDateTimeUtc();
    report.fileName = m_source->fileName();
    report.format = m_source->format();
    report.sourceLayer = m_source->selected().id;
    report.targetLayer = m_layer->name;
    report.sourceSrs = m_sourceSrsText;
    report.notes = m_source->notes();
    if (m_options.overrideFileSrs && m_options.srsEpsg > 0)
        report.notes << QCoreApplication::translate("Import", "Coordinates read as %1, as chosen, not as the file says.").arg(m_sourceSrsText);
    report.unusedColumns = m_unusedColumns;
    if (!m_unusedColumns.isEmpty())
        report.notes << QCoreApplication::translate("Import", "Columns of %1 not imported (no field of the layer takes them): %2.")
                            .arg(report.fileName, m_unusedColumns.join(QStringLiteral(", ")));
    if (hash)
        report.fileSha256 = vsiSha256(m_source->path());
    report.fileStamp = m_source->stamp();
    indexExisting();
}

void Importer::checkRow(SourceFile::Row &row, Evaluated &ev, CheckState &state, ImportReport &report)
{
    evaluate(row, ev, false, 0);
    if (!ev.rejected) {
        const QByteArray values = attributesKey(ev.attributes);
        state.wkb.resize(size_t(OGR_G_WkbSize(ev.geometry.get())));
        OGR_G_ExportToIsoWkb(ev.geometry.get(), wkbNDR, state.wkb.data());
        state.hash.reset();
        state.hash.addData(reinterpret_cast<const char *>(state.wkb.data()), int(state.wkb.size()));
        state.hash.addData(values);
        const auto [it, inserted] = state.seen.emplace(state.hash.result().toStdString(), row.number);
        QString uuid;
        if (!inserted) {
            ev.error(QStringLiteral("duplicate"), QString(),
                     QCoreApplication::translate("Import", "same geometry and values as row %1").arg(it->second));
        } else if (!m_existing.empty() && state.db) {
            // A split row is already in the layer when one of its parts is (imported split before).
            const QByteArray key = QCryptographicHash::hash(values, QCryptographicHash::Md5);
            OGRGeometryH g = ev.geometry.get();
            for (int i = 0; i < ev.parts; ++i) {
                if (!duplicateOfExisting(*state.db, key, ev.parts > 1 ? OGR_G_GetGeometryRef(g, i) : g, &uuid))
                    continue;
                ev.error(QStringLiteral("duplicate-existing"), QString(),
                         ev.parts > 1 ? QCoreApplication::translate("Import", "part %1 of the row is already in the layer (uuid %2)").arg(i + 1).arg(uuid)
                                      : QCoreApplication::translate("Import", "the layer already has this feature (uuid %1)").arg(uuid));
                break;
            }
        }
    }
    if (!ev.rejected && ev.parts > 1) {
        ev.warning(QStringLiteral("split"), QString(),
                   QCoreApplication::translate("Import", "split into %1 features, one per part, each with the row's values").arg(ev.parts));
        ++report.rowsSplit;
        report.featuresFromSplit += ev.parts;
    }
    report.rowsMultiPart += ev.multiPart;
    report.rowsWithZ += ev.hasZ;
    report.rowsWithM += ev.hasM;
    if (ev.outside) {
        ++state.outside;
        state.outsideExtent.expand(ev.lonlat);
    }
    for (const ImportIssue &i : ev.issues) {
        if (i.severity == ImportIssue::Severity::Warning)
            ++report.warnings;
        if (int(report.issues.size()) < kMaxIssues)
            report.issues.push_back(i);
        else
            ++report.issuesDropped;
    }
    unsigned char rowState = RowRejected;
    if (!ev.rejected) {
        rowState = RowValid | (ev.repaired ? RowRepaired : 0);
        ++report.rowsValid;
        if (ev.repaired)
            ++report.rowsRepaired;
    } else {
        ++report.rowsRejected;
    }
    report.rowStates.push_back(rowState);
    ++report.rowsRead;
}

bool Importer::finishReport(ImportReport &report, const CheckState &state)
{
    if (report.rowsRead == 0) {
        m_message = QCoreApplication::translate("Import", "%1 has no features to import.").arg(report.fileName);
        return false;
    }
    // Where the rows off the territory are. A coordinate system read wrong puts most rows far away; when rows off the
    // territory are accepted on request, they are taken to be where the file says.
    if (state.outside > 0) {
        const QString where = extentInWords(state.outsideExtent);
        if (m_options.allowOutsideTerritory)
            report.notes << QCoreApplication::translate("Import", "%1 of %2 rows lie outside the project's territory, %3; they are accepted, as "
                               "chosen.")
                                .arg(state.outside)
                                .arg(report.rowsRead)
                                .arg(where);
        else if (state.outside * 2 > report.rowsRead)
            report.notes << QCoreApplication::translate("Import", "%1 of %2 rows lie outside the project's territory, %3: if they belong on it, "
                               "the coordinates are probably not in %4 (check the coordinate system); if they are right, "
                               "accept rows off the territory.")
                                .arg(state.outside)
                                .arg(report.rowsRead)
                                .arg(where, m_sourceSrsText);
        else
            report.notes << QCoreApplication::translate("Import", "%1 of %2 rows lie outside the project's territory, %3.")
                                .arg(state.outside)
                                .arg(report.rowsRead)
                                .arg(where);
    }
    // The layer keeps 2D coordinates (no layer has Z or M): what the file had beyond them is said once, for the file.
    if (report.rowsWithZ > 0)
        report.notes << QCoreApplication::translate("Import", "The geometries of %1 have heights (Z) on %2 of %3 rows; the layer keeps 2D "
                           "coordinates, so the heights are dropped.")
                            .arg(report.fileName)
                            .arg(report.rowsWithZ)
                            .arg(report.rowsRead);
    if (report.rowsWithM > 0)
        report.notes << QCoreApplication::translate("Import", "The geometries of %1 have measures (M) on %2 of %3 rows; the layer keeps 2D "
                           "coordinates, so the measures are dropped.")
                            .arg(report.fileName)
                            .arg(report.rowsWithM)
                            .arg(report.rowsRead);
    if (report.rowsSplit > 0)
        report.notes << QCoreApplication::translate("Import", "%n rows of several parts are split into %1 features, one per part, each with "
                           "its row's values.", nullptr, report.rowsSplit)
                            .arg(report.featuresFromSplit);
    report.checked = true;
    report.finishedAt = QDateTime::currentDateTimeUtc();
    return true;
}

bool Importer::refusesRejectedRows(const ImportReport &report)
{
    if (report.rowsValid == 0) {
        m_message = QCoreApplication::translate("Import", "No row of %1 can be imported: see the report.").arg(report.fileName);
        return true;
    }
    if (report.rowsRejected > 0 && !m_options.importValidRows) {
        m_message = QCoreApplication::translate("Import", "%1 of %2 rows have problems, so nothing was imported. Correct the file, or choose to "
                       "import the %3 valid rows and keep the report of the others.")
                        .arg(report.rowsRejected)
                        .arg(report.rowsRead)
                        .arg(report.rowsValid);
        return true;
    }
    return false;
}

namespace {

// Each row's provenance: the import's short id and the row (store::Outbox::importSourcePrefix).
QString shortSourcePrefix(const QString &importId)
{
    return store::Outbox::importSourcePrefix(importId);
}

// Progress reported once per percent, not once per row.
class Percent
{
public:
    explicit Percent(const Importer::Progress &progress) : m_progress(progress) {}
    void operator()(double done, double total)
    {
        if (!m_progress || total <= 0)
            return;
        const double p = std::min(1.0, done / total);
        if (p - m_last >= 0.01) {
            m_progress(p);
            m_last = p;
        }
    }

private:
    const Importer::Progress &m_progress;
    double m_last = -1;
};

} // namespace

bool Importer::check(ImportReport &report, const Progress &progress, const std::atomic_bool *cancel)
{
    if (!startPass())
        return false;
    beginReport(report);
    const qint64 total = m_source->selected().featureCount;
    CheckState state(&m_project.db());
    m_source->rewind();
    SourceFile::Row row;
    Evaluated ev;
    QString error;
    Percent percent(progress);
    for (;;) {
        const SourceFile::Next n = m_source->next(row, &error);
        if (n == SourceFile::Next::Failed) {
            m_message = error;
            return false;
        }
        if (n == SourceFile::Next::End)
            break;
        if (cancel && cancel->load()) {
            m_cancelled = true;
            m_message = QCoreApplication::translate("Import", "The check was cancelled.");
            return false;
        }
        checkRow(row, ev, state, report);
        percent(report.rowsRead, double(total));
    }
    if (!finishReport(report, state))
        return false;
    if (progress)
        progress(1.0);
    return true;
}

// ---- Pass 2: writing -------------------------------------------------------------------------------------------------

store::ImportRecord Importer::importRecord(const ImportReport &report) const
{
    store::ImportRecord record;
    record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    record.fileName = report.fileName;
    record.fileSha256 = report.fileSha256;
    record.format = report.format;
    record.comune = m_options.comune;
    record.officer = m_options.officer;
    record.sourceSrs = report.sourceSrs;
    record.startedAt = report.startedAt;
    record.rowsRead = report.rowsRead;
    record.rowsRejected = report.rowsRejected;
    record.report = report.toCsv();
    return record;
}

void Importer::prepareRow(Item &item, store::Geometry &&geometry, QVariantMap attributes, int number, int part,
                          int parts, const QString &sourcePrefix)
{
    // The gateway's validation and encoding of the row (see EditGateway::ImportRow).
    item.row.feature.geometry = std::move(geometry);
    item.row.feature.attributes = std::move(attributes);
    if (parts > 1) {
        item.row.feature.source = QStringLiteral("%1%2, part %3 of %4").arg(sourcePrefix).arg(number).arg(part).arg(parts);
        item.row.where = QCoreApplication::translate("Import", "Row %1, part %2 of %3").arg(number).arg(part).arg(parts);
    } else {
        item.row.feature.source = sourcePrefix + QString::number(number);
        item.row.where = QCoreApplication::translate("Import", "Row %1").arg(number);
    }
    // Prepared here only while the writer is behind: when reading is the slower half (reprojecting a Gauss-Boaga
    // file), the writing thread prepares the rows itself instead.
    if (!m_writerBehind.load(std::memory_order_relaxed))
        return;
    const store::EditResult v = store::EditGateway::prepareImport(*m_layer, item.row);
    if (!v.ok) {
        item.kind = store::EditGateway::Feed::Failed;
        item.failure = QStringLiteral("%1: %2").arg(item.row.where, v.message);
    }
}

void Importer::produceRow(Item &item, Evaluated &ev, std::vector<Piece> &pending, const QString &sourcePrefix)
{
    if (ev.parts <= 1) {
        prepareRow(item, std::move(ev.stored), std::move(ev.attributes), ev.row, 1, 1, sourcePrefix);
        return;
    }
    // Split: each part a feature of its own (its own uuid, given by the gateway) with a copy of the row's values. The
    // parts were converted together, so they are cut from the row's converted multi.
    const store::GeometryType single = m_layer->geometryType();
    pending.clear();
    const int parts = int(ev.stored.parts.size());
    for (int i = parts - 1; i >= 1; --i) { // the next one to hand over at the back
        Piece piece;
        piece.geometry.type = single;
        piece.geometry.parts.push_back(std::move(ev.stored.parts[size_t(i)]));
        piece.attributes = ev.attributes;
        piece.row = ev.row;
        piece.part = i + 1;
        piece.parts = parts;
        pending.push_back(std::move(piece));
    }
    store::Geometry first;
    first.type = single;
    first.parts.push_back(std::move(ev.stored.parts.front()));
    prepareRow(item, std::move(first), std::move(ev.attributes), ev.row, 1, parts, sourcePrefix);
}

bool Importer::producePending(Item &item, std::vector<Piece> &pending, const QString &sourcePrefix)
{
    if (pending.empty())
        return false;
    Piece piece = std::move(pending.back());
    pending.pop_back();
    prepareRow(item, std::move(piece.geometry), std::move(piece.attributes), piece.row, piece.part, piece.parts,
               sourcePrefix);
    return true;
}

bool Importer::writeRows(ImportReport &report, store::ImportRecord &record, const store::EditContext &context,
                         const Produce &produce)
{
    // The file is read, checked, converted and reprojected on a second thread while this one writes: the two halves
    // take comparable time (GEOS and PROJ on one side, SQLite for the rows and their outbox entries on the other),
    // so the import costs the longer of them instead of their sum. Rows go over in chunks, so the threads meet once
    // per chunk rather than once per row, and a bounded queue keeps memory flat. Written rows come back in `spent`
    // and are freed by the reader, which allocated them: freeing them on the writer made the two threads contend
    // for the reader's malloc arena.
    using Chunk = std::vector<Item>;
    std::deque<Chunk> queue;
    std::vector<Chunk> spent;
    std::mutex mutex;
    std::condition_variable changed;
    bool writerDone = false;
    constexpr size_t kChunk = 128;
    constexpr size_t kChunks = 4;
    m_writerBehind = false;
    store::ErrorKind readerError = store::ErrorKind::None;
    std::thread reader([&] {
        Chunk filling;
        filling.reserve(kChunk);
        for (;;) {
            Item item;
            // An exception must not leave this thread (std::terminate): it ends the feed, and the writer rolls back.
            try {
                produce(item);
            } catch (const store::StoreError &e) {
                item = Item();
                item.kind = store::EditGateway::Feed::Failed;
                item.failure = e.message();
                readerError = e.kind();
            } catch (const std::exception &e) {
                item = Item();
                item.kind = store::EditGateway::Feed::Failed;
                item.failure = QString::fromLocal8Bit(e.what());
                readerError = store::ErrorKind::Other;
            }
            const bool last = item.kind != store::EditGateway::Feed::Feature;
            filling.push_back(std::move(item));
            if (filling.size() < kChunk && !last)
                continue;
            std::unique_lock<std::mutex> lock(mutex);
            changed.wait(lock, [&] { return queue.size() < kChunks || writerDone; });
            if (writerDone)
                return;
            queue.push_back(std::move(filling));
            m_writerBehind.store(queue.size() >= 2, std::memory_order_relaxed);
            std::vector<Chunk> written;
            written.swap(spent);
            changed.notify_all();
            lock.unlock();
            if (last)
                return;
            if (!written.empty()) {
                filling = std::move(written.back());
                filling.clear(); // frees the rows here, keeps the capacity
            } else {
                filling = Chunk();
                filling.reserve(kChunk);
            }
        }
    });
    Chunk taken;
    size_t next = 0;
    auto feed = [&](store::EditGateway::ImportRow &row, QString &failure) {
        if (next == taken.size()) {
            std::unique_lock<std::mutex> lock(mutex);
            changed.wait(lock, [&] { return !queue.empty(); });
            if (!taken.empty())
                spent.push_back(std::move(taken));
            taken = std::move(queue.front());
            queue.pop_front();
            next = 0;
            changed.notify_all();
        }
        Item &item = taken[next++];
        if (item.kind == store::EditGateway::Feed::Failed)
            failure = item.failure;
        if (item.kind == store::EditGateway::Feed::Feature)
            std::swap(row, item.row); // the written row goes back to the reader in the chunk
        return item.kind;
    };
    struct Join
    {
        std::thread &thread;
        std::mutex &mutex;
        std::condition_variable &changed;
        bool &done;
        void operator()()
        {
            if (!thread.joinable())
                return;
            {
                std::lock_guard<std::mutex> lock(mutex);
                done = true;
            }
            changed.notify_all();
            thread.join();
        }
        ~Join() { (*this)(); }
    } join{reader, mutex, changed, writerDone};
    store::EditGateway gateway(m_project, context);
    int imported = 0;
    // `record` is read by the gateway once the feed has ended, so run() completes its counts and report meanwhile.
    store::Envelope extent;
    const store::EditResult result = gateway.importFeatures(m_layer->name, record, feed, &imported, &extent);
    join(); // the reader has stopped: what it set (m_cancelled, the report) can be read
    if (!result.ok) {
        if (m_message.isEmpty())
            m_message = result.message;
        if (readerError != store::ErrorKind::None)
            m_storeError = readerError;
        else if (!m_cancelled && result.error != store::ErrorKind::Invalid)
            m_storeError = result.error;
        return false;
    }
    report.imported = true;
    report.rowsImported = imported;
    report.importId = record.id;
    report.importedExtent = extent;
    report.finishedAt = QDateTime::currentDateTimeUtc();
    return true;
}

bool Importer::write(ImportReport &report, const store::EditContext &context, const Progress &progress,
                     const std::atomic_bool *cancel)
{
    if (!startPass())
        return false;
    if (!report.checked || report.rowStates.size() != size_t(report.rowsRead)) {
        m_message = QCoreApplication::translate("Import", "The file must be checked completely before it is imported.");
        return false;
    }
    if (refusesRejectedRows(report))
        return false;
    if (m_source->stamp() != report.fileStamp) {
        m_message = QCoreApplication::translate("Import", "%1 changed after it was checked: check it again before importing.").arg(report.fileName);
        return false;
    }
    store::ImportRecord record = importRecord(report);
    const QString sourcePrefix = shortSourcePrefix(record.id);
    m_source->rewind();
    SourceFile::Row row;
    Evaluated ev;
    std::vector<Piece> pending;
    QString readError;
    int produced = 0;
    Percent percent(progress);
    const Produce produce = [&](Item &item) {
        if (producePending(item, pending, sourcePrefix))
            return;
        for (;;) {
            const SourceFile::Next n = m_source->next(row, &readError);
            if (n == SourceFile::Next::Failed) {
                item.kind = store::EditGateway::Feed::Failed;
                item.failure = readError;
            } else if (n == SourceFile::Next::End) {
                item.kind = store::EditGateway::Feed::End;
            } else if (cancel && cancel->load()) {
                m_cancelled = true;
                item.kind = store::EditGateway::Feed::Failed;
                item.failure = QCoreApplication::translate("Import", "The import was cancelled: nothing was imported.");
            } else if (size_t(row.number) > report.rowStates.size()) {
                item.kind = store::EditGateway::Feed::Failed;
                item.failure = QCoreApplication::translate("Import", "%1 changed after it was checked: check it again before importing.")
                                   .arg(report.fileName);
            } else {
                const unsigned char state = report.rowStates[size_t(row.number) - 1];
                if (!(state & RowValid))
                    continue;
                evaluate(row, ev, true, state);
                if (ev.rejected) {
                    item.kind = store::EditGateway::Feed::Failed;
                    item.failure = QCoreApplication::translate("Import", "Row %1: %2. Nothing was imported.")
                                       .arg(row.number)
                                       .arg(ev.issues.empty() ? QString() : ev.issues.front().message);
                } else {
                    produceRow(item, ev, pending, sourcePrefix);
                    percent(++produced, report.rowsValid);
                }
            }
            return;
        }
    };
    if (!writeRows(report, record, context, produce))
        return false;
    if (progress)
        progress(1.0);
    return true;
}

// ---- Both at once ------------------------------------------------------------------------------------------------------

bool Importer::run(ImportReport &report, const store::EditContext &context, const Progress &progress,
                   const std::atomic_bool *cancel)
{
    if (!startPass())
        return false;
    // The file's SHA-256 (the import's record) is computed alongside, not before: it reads the whole file once more.
    // Leaving early stops it, so a cancel does not wait for a large file to be hashed.
    std::atomic_bool stopHash{false};
    std::future<QString> sha = std::async(std::launch::async,
                                          [path = m_source->path(), &stopHash] { return vsiSha256(path, &stopHash); });
    struct StopOnExit
    {
        std::atomic_bool &flag;
        ~StopOnExit() { flag = true; }
    } stopOnExit{stopHash};
    auto stoppedEarly = [&] {
        if (!report.checked && report.rowsRead > 0)
            report.notes << QCoreApplication::translate(
                                "Import", "Only the first %1 rows were checked: the import stopped before the end of the file.")
                                .arg(report.rowsRead);
        return false;
    };
    // Duplicates of existing features are looked up by the reading thread on a connection of its own, which sees the
    // layer as it was before the import while this one writes.
    store::Database existing;
    try {
        beginReport(report, false);
        if (!m_existing.empty())
            existing.open(m_project.db().path(), store::Database::Mode::ReadOnly);
    } catch (const store::StoreError &e) {
        m_message = e.message();
        m_storeError = e.kind();
        return false;
    }
    CheckState state(m_existing.empty() ? nullptr : &existing);
    store::ImportRecord record = importRecord(report);
    const QString sourcePrefix = shortSourcePrefix(record.id);
    const qint64 total = m_source->selected().featureCount;
    m_source->rewind();
    SourceFile::Row row;
    Evaluated ev;
    std::vector<Piece> pending;
    QString readError;
    bool readFailed = false;
    bool refused = false; // a row was rejected and only a complete file may be imported: checking goes on alone
    Percent percent(progress);
    auto readRow = [&]() {
        const SourceFile::Next n = m_source->next(row, &readError);
        if (n == SourceFile::Next::Failed)
            readFailed = true;
        return n;
    };
    const Produce produce = [&](Item &item) {
        if (producePending(item, pending, sourcePrefix))
            return;
        for (;;) {
            const SourceFile::Next n = readRow();
            if (n == SourceFile::Next::Failed) {
                item.kind = store::EditGateway::Feed::Failed;
                item.failure = readError;
                return;
            }
            if (n == SourceFile::Next::End) {
                if (!finishReport(report, state)) {
                    item.kind = store::EditGateway::Feed::Failed;
                    item.failure = m_message;
                    return;
                }
                report.fileSha256 = sha.get();
                const store::ImportRecord complete = importRecord(report);
                record.fileSha256 = complete.fileSha256;
                record.rowsRead = complete.rowsRead;
                record.rowsRejected = complete.rowsRejected;
                record.report = complete.report;
                item.kind = refusesRejectedRows(report) ? store::EditGateway::Feed::Failed : store::EditGateway::Feed::End;
                item.failure = m_message;
                return;
            }
            if (cancel && cancel->load()) {
                m_cancelled = true;
                item.kind = store::EditGateway::Feed::Failed;
                item.failure = QCoreApplication::translate("Import", "The import was cancelled: nothing was imported.");
                return;
            }
            checkRow(row, ev, state, report);
            percent(report.rowsRead, double(total));
            if (ev.rejected) {
                if (m_options.importValidRows)
                    continue;
                refused = true;
                item.kind = store::EditGateway::Feed::Failed;
                return;
            }
            if (!toStore(ev)) {
                // Valid in the file's system but not convertible to WGS 84: rejected like any other row here, where
                // the two passes would stop the whole import on it.
                --report.rowsValid;
                ++report.rowsRejected;
                if (ev.repaired)
                    --report.rowsRepaired;
                if (ev.parts > 1) { // it will not be split after all: its line saying so goes
                    --report.rowsSplit;
                    report.featuresFromSplit -= ev.parts;
                    --report.warnings;
                    for (auto it = report.issues.rbegin(); it != report.issues.rend() && it->row == ev.row; ++it) {
                        if (it->code == QLatin1String("split")) {
                            report.issues.erase(std::next(it).base());
                            break;
                        }
                    }
                }
                report.rowStates.back() = RowRejected;
                for (const ImportIssue &i : ev.issues) {
                    if (i.severity != ImportIssue::Severity::Error)
                        continue; // already in the report
                    if (int(report.issues.size()) < kMaxIssues)
                        report.issues.push_back(i);
                    else
                        ++report.issuesDropped;
                }
                if (m_options.importValidRows)
                    continue;
                refused = true;
                item.kind = store::EditGateway::Feed::Failed;
                return;
            }
            produceRow(item, ev, pending, sourcePrefix);
            return;
        }
    };
    const bool written = writeRows(report, record, context, produce);
    if (written) {
        if (progress)
            progress(1.0);
        return true;
    }
    if (!refused || m_cancelled || m_storeError != store::ErrorKind::None)
        return stoppedEarly();
    // Nothing was written; the rest of the file is checked so the report lists every problem, as check() would.
    try {
        for (;;) {
            const SourceFile::Next n = readRow();
            if (n != SourceFile::Next::Row)
                break;
            if (cancel && cancel->load()) {
                m_cancelled = true;
                m_message = QCoreApplication::translate("Import", "The check was cancelled.");
                return stoppedEarly();
            }
            checkRow(row, ev, state, report);
            percent(report.rowsRead, double(total));
        }
    } catch (const store::StoreError &e) {
        m_message = e.message();
        m_storeError = e.kind();
        return stoppedEarly();
    }
    if (readFailed) {
        m_message = readError;
        return stoppedEarly();
    }
    if (sha.valid())
        report.fileSha256 = sha.get();
    if (finishReport(report, state))
        refusesRejectedRows(report);
    return false;
}

} // namespace territori::gis

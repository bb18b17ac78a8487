// The EditGateway's write for file imports (app/gis): many features, their outbox entries and the import's record in
// one transaction, through the same validation and the same cached insert statement as a single insert.

#include "editgateway.h"

#include "language.h"
#include "outbox.h"
#include "project.h"
#include "schema.h"
#include "spatialindex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>


namespace territori::store {

namespace {

// Sets a connection's pragma for a scope and restores it after.
class ScopedPragma
{
public:
    ScopedPragma(Database &db, const char *name, const QString &value) : m_db(db), m_name(QString::fromLatin1(name))
    {
        Statement st = db.prepare(QStringLiteral("PRAGMA %1").arg(m_name));
        if (st.step())
            m_old = st.text(0);
        st = Statement();
        db.exec(QStringLiteral("PRAGMA %1 = %2").arg(m_name, value));
    }
    ~ScopedPragma()
    {
        try {
            m_db.exec(QStringLiteral("PRAGMA %1 = %2").arg(m_name, m_old));
        } catch (const StoreError &) {
            // Not restored: it only costs memory until the connection closes.
        }
    }

private:
    Database &m_db;
    QString m_name;
    QString m_old;
};

// Time-ordered UUIDs (RFC 9562 version 7) for the features and outbox entries of one import: the Unix time in
// milliseconds, a counter started at a random value, and random bits. Random (version 4) ids insert into the
// layer's and the outbox's unique indexes at random places, touching a different page for every row; ordered ids
// append. They are as unique as version 4 ids across devices (74 random bits per import plus the time). The rows' op
// ids come from the import's outbox entry (ImportBatch::opIdOf): the same time, 26 random bits for the import and a
// 48-bit counter from a random 40-bit start, one per row.
class OrderedIds
{
public:
    OrderedIds() : m_random(QRandomGenerator::securelySeeded())
    {
        m_time = quint64(QDateTime::currentMSecsSinceEpoch()) & 0xFFFFFFFFFFFFull;
        m_counter = m_random.generate64() & 0x3FFFFFFFFFull; // 38 bits, room for any file
    }
    QString next()
    {
        const quint64 c = m_counter++;
        const quint64 high = (m_time << 16) | 0x7000 | ((c >> 26) & 0x0FFF);                // time, version, 12 bits
        const quint64 low = 0x8000000000000000ull | ((c & 0x3FFFFFF) << 36) | (m_random.generate64() & 0xFFFFFFFFFull);
        // Written by hand: snprintf here was a tenth of the gateway's own time per imported row.
        char text[36];
        hex(text, high >> 32, 8);
        text[8] = '-';
        hex(text + 9, (high >> 16) & 0xFFFF, 4);
        text[13] = '-';
        hex(text + 14, high & 0xFFFF, 4);
        text[18] = '-';
        hex(text + 19, low >> 48, 4);
        text[23] = '-';
        hex(text + 24, low & 0xFFFFFFFFFFFFull, 12);
        return QString::fromLatin1(text, 36);
    }

    // The op ids' first 24 characters ("tttttttt-tttt-7rrr-vrrr-") and their counter's first value.
    QString opIdPrefix()
    {
        const quint64 high = (m_time << 16) | 0x7000 | (m_random.generate() & 0x0FFF);
        const quint64 variant = 0x8000 | (m_random.generate() & 0x3FFF);
        char text[24];
        hex(text, high >> 32, 8);
        text[8] = '-';
        hex(text + 9, (high >> 16) & 0xFFFF, 4);
        text[13] = '-';
        hex(text + 14, high & 0xFFFF, 4);
        text[18] = '-';
        hex(text + 19, variant, 4);
        text[23] = '-';
        return QString::fromLatin1(text, 24);
    }
    quint64 opIdCounterStart() { return m_random.generate64() & 0xFFFFFFFFFFull; }

private:
    static void hex(char *at, quint64 value, int width)
    {
        for (int i = width - 1; i >= 0; --i) {
            at[i] = "0123456789abcdef"[value & 0xF];
            value >>= 4;
        }
    }

    QRandomGenerator m_random;
    quint64 m_time = 0;
    quint64 m_counter = 0;
};

} // namespace

EditResult EditGateway::prepareImport(const LayerDef &layer, ImportRow &row)
{
    row.m_prepared = false;
    EditResult v = validate(layer, row.feature.attributes, false, false, {});
    if (v.ok)
        v = checkGeometry(layer, row.feature.geometry);
    if (!v.ok)
        return v;
    row.feature.geometry = convertedTo(row.feature.geometry, layer.geometryType());
    row.m_blob = toGpkgBlob(row.feature.geometry);
    row.m_envelope = row.feature.geometry.envelope();
    encodeNew(layer, row.feature.attributes, row.m_storage);
    row.m_layer = layer.name;
    row.m_prepared = true;
    return v;
}

EditResult EditGateway::importFeatures(const QString &layerName, const ImportRecord &record, const ImportFeed &next,
                                       int *imported, Envelope *extent)
{
    if (imported)
        *imported = 0;
    const LayerDef *layer = m_project.layer(layerName);
    if (!layer)
        return EditResult::failure(ErrorKind::NotFound,
                                   QCoreApplication::translate("EditGateway", "The layer '%1' does not exist.").arg(layerName));
    if (layer->readOnly || !layer->definitionErrors.isEmpty())
        return EditResult::failure(ErrorKind::Invalid, QCoreApplication::translate("EditGateway", "The layer '%1' cannot be edited.")
                                                           .arg(layer->title.text(uiLanguage())));
    const QByteArray sql = insertSql(*layer);
    int count = 0;
    Envelope touchedAll;
    // An INSERT that runs triggers keeps a statement journal of the pages it changes that the transaction had
    // already changed; past 64 KiB SQLite spills it to a temporary file (3 GB of writes for 100,000 features, when
    // the layer's triggers still ran per row). Kept in memory in case a layer has triggers of its own. A larger page
    // cache keeps the indexes from being spilled to the WAL and read back. Both are restored after.
    ScopedPragma memoryJournal(m_db, "temp_store", QStringLiteral("2"));
    ScopedPragma bigCache(m_db, "cache_size", QStringLiteral("-65536"));
    EditResult result = write([&](QString &outLayer, QString &kind) {
        outLayer = layerName;
        kind = QStringLiteral("import");
        // Two of the layer's insert triggers are set aside for the import and re-created inside this transaction, so
        // no other connection ever sees the layer without them and a rollback restores them with everything else:
        // the R-tree's, because the tree is filled once at the end instead of row by row (packed in bulk when the
        // import is a good part of the layer, spatialindex.h; 40 bytes per row are kept for it until then), and the
        // journal's for other programs' inserts, which never fires for rows written here (the gateway journals its
        // own) but still costs a trigger program and a statement journal per row.
        const QString rtree = schema::rtreeName(layer->name);
        const QString rtreeTrigger = rtree + QStringLiteral("_insert");
        QStringList setAside;
        bool indexing = false;
        for (const QString &name : {rtreeTrigger, schema::journalInsertTriggerName(layer->name)}) {
            Statement t = m_db.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
            t.bind(1, name);
            if (!t.step())
                continue;
            setAside << t.text(0);
            indexing = indexing || name == rtreeTrigger;
            t = Statement();
            m_db.exec(QStringLiteral("DROP TRIGGER %1").arg(quoteIdentifier(name)));
        }
        std::vector<IndexEntry> indexed;
        OrderedIds ids;
        NewRow row;
        row.now = isoDateTime(QDateTime::currentDateTimeUtc());
        // One outbox entry for the whole import (outbox.h, ImportBatch), written before its rows so that each row
        // can name it (import_batch): the push sends the rows that name it, each as an insert with the op id the
        // entry gives it. An entry per row cost 310 bytes with its indexes, a third of the import's store.
        row.journal = false;
        row.unmodified = true;
        row.importBatch = Outbox::appendImportBatch(m_db, layer->name, record.id.isEmpty() ? ids.next() : record.id,
                                                    ids.opIdPrefix(),
                                                    ids.opIdCounterStart(), m_context.author, m_context.device);
        qint64 firstFid = 0, lastFid = 0;
        Envelope touched;
        ImportRow in;
        QString failure;
        for (;;) {
            // `in` still holds the row just written: the feed swaps it out, to be freed on the thread that made it
            // (what this thread encoded has been freed here already).
            in.m_prepared = false;
            const Feed feed = next(in, failure);
            if (feed == Feed::End)
                break;
            if (feed == Feed::Failed)
                return EditResult::failure(ErrorKind::Invalid, failure);
            const bool prepareHere = !in.m_prepared || in.m_layer != layer->name;
            if (prepareHere) {
                EditResult v = prepareImport(*layer, in);
                if (!v.ok) {
                    v.message = in.where + QStringLiteral(": ") + v.message;
                    return v;
                }
            }
            const NewFeature &nf = in.feature;
            row.feature = &nf;
            row.storage = &in.m_storage;
            row.uuid = nf.uuid.isEmpty() ? ids.next() : nf.uuid;
            std::swap(row.blob, in.m_blob);
            const qint64 fid = writeNew(*layer, sql, row);
            std::swap(row.blob, in.m_blob);
            // A new row's fid is above every fid the table has had (AUTOINCREMENT): the import's rows are those from
            // the first of them to the last.
            if (!firstFid)
                firstFid = fid;
            lastFid = fid;
            const Envelope &e = in.m_envelope;
            if (indexing && !e.isNull())
                indexed.push_back({fid, e.minX, e.maxX, e.minY, e.maxY});
            touched.expand(e);
            if (prepareHere) { // encoded on this thread: freed here too, not sent back with the row
                in.m_blob = QByteArray();
                in.m_storage = std::vector<QVariant>();
            }
            ++count;
        }
        if (count > 0)
            Outbox::setImportBatchRange(m_db, row.importBatch, firstFid, lastFid);
        else
            Outbox::removeEntry(m_db, row.importBatch);
        if (indexing)
            addToSpatialIndex(m_db, rtree, std::move(indexed));
        for (const QString &trigger : setAside)
            m_db.exec(trigger);
        touchContents(layerName, touched);
        touchedAll = touched;
        Statement st = m_db.cached(
            "INSERT INTO territori_imports (id, file_name, file_sha256, format, layer, comune, officer, source_srs, "
            "started_at, finished_at, rows_read, rows_imported, rows_rejected, report) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        st.bind(1, record.id).bind(2, record.fileName).bind(3, record.fileSha256).bind(4, record.format);
        st.bind(5, layerName).bind(6, record.comune).bind(7, record.officer).bind(8, record.sourceSrs);
        st.bind(9, isoDateTime(record.startedAt.isValid() ? record.startedAt : QDateTime::currentDateTimeUtc()));
        st.bind(10, isoDateTime(QDateTime::currentDateTimeUtc()));
        st.bind(11, qint64(record.rowsRead)).bind(12, qint64(count)).bind(13, qint64(record.rowsRejected));
        st.bind(14, record.report);
        st.run();
        return EditResult::success(QString(), QString());
    });
    if (result.ok && imported)
        *imported = count;
    if (result.ok && extent)
        *extent = touchedAll;
    return result;
}

} // namespace territori::store

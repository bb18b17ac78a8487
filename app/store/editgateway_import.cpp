// The EditGateway's write for file imports (app/gis): many features, their outbox entries and the import's record in
// one transaction, through the same validation and the same cached insert statement as a single insert.

#include "editgateway.h"

#include "language.h"
#include "project.h"

#include <QCoreApplication>
#include <QUuid>

namespace territori::store {

EditResult EditGateway::importFeatures(const QString &layerName, const ImportRecord &record, const ImportFeed &next,
                                       int *imported)
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
    EditResult result = write([&](QString &outLayer, QString &kind) {
        outLayer = layerName;
        kind = QStringLiteral("import");
        NewRow row;
        row.now = isoDateTime(QDateTime::currentDateTimeUtc());
        row.journal = true;
        Envelope touched;
        NewFeature nf;
        QString where, failure;
        for (;;) {
            nf = NewFeature();
            where.clear();
            const Feed feed = next(nf, where, failure);
            if (feed == Feed::End)
                break;
            if (feed == Feed::Failed)
                return EditResult::failure(ErrorKind::Invalid, failure);
            QVariantMap attrs = nf.attributes;
            EditResult v = validate(*layer, attrs, false, false, {});
            if (v.ok)
                v = checkGeometry(*layer, nf.geometry);
            if (!v.ok) {
                v.message = where + QStringLiteral(": ") + v.message;
                return v;
            }
            row.feature = &nf;
            row.attributes = &attrs;
            row.uuid = nf.uuid.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : nf.uuid;
            row.opId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            row.blob = toGpkgBlob(nf.geometry);
            writeNew(*layer, sql, row);
            touched.expand(nf.geometry.envelope());
            ++count;
        }
        touchContents(layerName, touched);
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
    return result;
}

} // namespace territori::store

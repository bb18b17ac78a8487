#include "featurereader.h"

#include "outbox.h"

#include "schema.h"

namespace territori::store {

FeatureReader::FeatureReader(Database &db, const LayerDef &layer) : m_db(db), m_layer(layer) {}

QString FeatureReader::featureColumns() const
{
    QStringList cols{QStringLiteral("\"fid\""), QStringLiteral("\"geom\""), QStringLiteral("\"uuid\"")};
    for (const auto &f : m_layer.fields)
        cols << quoteIdentifier(f.name);
    // A row never changed since an import wrote it has no modified_at of its own (issue #13): its creation time.
    cols << QStringLiteral("\"created_at\", coalesce(\"modified_at\", \"created_at\"), \"author\", \"device\", \"gps_accuracy_m\", "
                           "\"gps_fix_time\", \"draft\", \"sync_rev\", \"source\"");
    return cols.join(QStringLiteral(", "));
}

Feature FeatureReader::readFeature(Statement &st)
{
    Feature f;
    f.fid = st.int64(0);
    if (!st.isNull(1)) {
        QString err;
        if (!fromGpkgBlob(st.blob(1), f.geometry, &err))
            f.geometry = Geometry(); // an unreadable geometry (written by another tool) is shown as missing
    }
    f.uuid = st.text(2);
    int c = 3;
    for (const auto &field : m_layer.fields) {
        const QVariant v = fromStorage(field, st.value(c++));
        if (v.isValid())
            f.attributes.insert(field.name, v);
    }
    f.meta.createdAt = QDateTime::fromString(st.text(c++), Qt::ISODateWithMs);
    f.meta.modifiedAt = QDateTime::fromString(st.text(c++), Qt::ISODateWithMs);
    f.meta.author = st.text(c++);
    f.meta.device = st.text(c++);
    if (!st.isNull(c))
        f.meta.gpsAccuracy = st.real(c);
    ++c;
    if (!st.isNull(c))
        f.meta.gpsFixTime = QDateTime::fromString(st.text(c), Qt::ISODateWithMs);
    ++c;
    f.meta.draft = st.int64(c++) != 0;
    if (!st.isNull(c))
        f.meta.syncRev = st.int64(c);
    ++c;
    f.meta.source = st.text(c);
    return f;
}

std::optional<Feature> FeatureReader::byUuid(const QString &uuid)
{
    const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 WHERE \"uuid\" = ?")
                               .arg(featureColumns(), quoteIdentifier(m_layer.name))
                               .toUtf8();
    Statement st = m_db.cached(sql.constData());
    st.bind(1, uuid);
    if (!st.step())
        return std::nullopt;
    return readFeature(st);
}

std::optional<Feature> FeatureReader::byFid(qint64 fid)
{
    const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 WHERE \"fid\" = ?")
                               .arg(featureColumns(), quoteIdentifier(m_layer.name))
                               .toUtf8();
    Statement st = m_db.cached(sql.constData());
    st.bind(1, fid);
    if (!st.step())
        return std::nullopt;
    return readFeature(st);
}

qint64 FeatureReader::count()
{
    Statement st = m_db.prepare(QStringLiteral("SELECT count(*) FROM %1").arg(quoteIdentifier(m_layer.name)));
    st.step();
    return st.int64(0);
}

QString FeatureReader::visibleCondition(const LayerDef &layer, const QString &alias)
{
    if (layer.moderationState.isEmpty())
        return QString();
    const QString state = alias + QLatin1Char('.') + quoteIdentifier(layer.moderationState);
    const QString name = QString(layer.name).replace(QLatin1Char('\''), QStringLiteral("''"));
    // One's own: inserted here (an insert entry), or imported here (an import's entry names the row).
    return QStringLiteral("(%1 IS NULL OR %1 = 'pubblicato' OR EXISTS (SELECT 1 FROM territori_outbox o WHERE o.layer = "
                          "'%2' AND o.feature_uuid = %3.\"uuid\" AND o.kind = 'insert') OR %4)")
        .arg(state, name, alias, Outbox::importedHere(layer.name, alias));
}

void FeatureReader::forEach(const Envelope *box, const std::function<bool(const FeatureRow &)> &fn)
{
    const QString label = m_layer.labelField.isEmpty() || !m_layer.field(m_layer.labelField)
                              ? QStringLiteral("NULL")
                              : quoteIdentifier(m_layer.labelField);
    QString sql = QStringLiteral("SELECT t.\"fid\", t.\"uuid\", t.\"geom\", t.%1, t.\"draft\" FROM %2 t")
                      .arg(label, quoteIdentifier(m_layer.name));
    const QString visible = m_showAll ? QString() : visibleCondition(m_layer, QStringLiteral("t"));
    if (box) {
        sql += QStringLiteral(" JOIN %1 r ON r.id = t.\"fid\" WHERE r.maxx >= ? AND r.minx <= ? AND r.maxy >= ? AND "
                              "r.miny <= ?")
                   .arg(quoteIdentifier(schema::rtreeName(m_layer.name)));
        if (!visible.isEmpty())
            sql += QStringLiteral(" AND ") + visible;
    } else if (!visible.isEmpty()) {
        sql += QStringLiteral(" WHERE ") + visible;
    }
    Statement st = m_db.prepare(sql);
    if (box)
        st.bind(1, box->minX).bind(2, box->maxX).bind(3, box->minY).bind(4, box->maxY);
    FeatureRow row;
    while (st.step()) {
        row.fid = st.int64(0);
        row.uuid = st.text(1);
        row.geometry = st.blob(2);
        row.label = st.text(3);
        row.draft = st.int64(4) != 0;
        if (!fn(row))
            break;
    }
}

QString FeatureReader::searchWhere(const QString &text) const
{
    const QString visible = m_showAll ? QString() : visibleCondition(m_layer, quoteIdentifier(m_layer.name));
    if (text.trimmed().isEmpty())
        return visible.isEmpty() ? QString() : QStringLiteral(" WHERE ") + visible;
    QStringList ors;
    for (const auto &f : m_layer.fields) {
        if (f.type == FieldType::Text || f.type == FieldType::Multiline || f.type == FieldType::Choice ||
            f.type == FieldType::MultiChoice)
            ors << QStringLiteral("%1 LIKE ?1 ESCAPE '\\'").arg(quoteIdentifier(f.name));
    }
    ors << QStringLiteral("\"uuid\" LIKE ?1 ESCAPE '\\'");
    return QStringLiteral(" WHERE (") + ors.join(QStringLiteral(" OR ")) + QLatin1Char(')') +
           (visible.isEmpty() ? QString() : QStringLiteral(" AND ") + visible);
}

namespace {
QString likePattern(const QString &text)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    t.replace(QLatin1Char('%'), QLatin1String("\\%"));
    t.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + t + QLatin1Char('%');
}
} // namespace

std::vector<FeatureSummary> FeatureReader::search(const QString &text, int limit, int offset)
{
    const QString label = m_layer.labelField.isEmpty() || !m_layer.field(m_layer.labelField)
                              ? QStringLiteral("NULL")
                              : quoteIdentifier(m_layer.labelField);
    const QString where = searchWhere(text);
    Statement st = m_db.prepare(
        QStringLiteral("SELECT \"fid\", \"uuid\", %1, coalesce(\"modified_at\", \"created_at\") AS m, \"draft\" FROM "
                       "%2%3 ORDER BY m DESC, \"fid\" DESC LIMIT ?2 OFFSET ?3")
            .arg(label, quoteIdentifier(m_layer.name), where));
    if (!text.trimmed().isEmpty())
        st.bind(1, likePattern(text));
    st.bind(2, qint64(limit)).bind(3, qint64(offset));
    std::vector<FeatureSummary> out;
    while (st.step()) {
        FeatureSummary s;
        s.fid = st.int64(0);
        s.uuid = st.text(1);
        s.label = st.text(2);
        s.modifiedAt = QDateTime::fromString(st.text(3), Qt::ISODateWithMs);
        s.draft = st.int64(4) != 0;
        out.push_back(std::move(s));
    }
    return out;
}

qint64 FeatureReader::searchCount(const QString &text)
{
    const QString where = searchWhere(text);
    Statement st =
        m_db.prepare(QStringLiteral("SELECT count(*) FROM %1%2").arg(quoteIdentifier(m_layer.name), where));
    if (!text.trimmed().isEmpty())
        st.bind(1, likePattern(text));
    st.step();
    return st.int64(0);
}

} // namespace territori::store

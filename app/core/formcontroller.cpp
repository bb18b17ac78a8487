#include "formcontroller.h"

#include "syncstate.h"

#include "capturecontroller.h"
#include "editgateway.h"
#include "featurereader.h"
#include "language.h"
#include "measure.h"
#include "photostore.h"
#include "project.h"

#include <QCoreApplication>
#include <cmath>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSettings>
#include <QUrl>

namespace territori::core {

using namespace territori::store;

namespace {

QLocale uiLocale()
{
    QLocale l(uiLanguage() == QLatin1String("en") ? QLocale::English : QLocale::Italian);
    l.setNumberOptions(QLocale::OmitGroupSeparator);
    return l;
}

} // namespace

// A value measured on the feature's own geometry, for a field whose definition says "default": "$area" (square
// metres), "$length" (metres along a line, or around a polygon's outer rings) or "$perimeter" (the same, for a polygon).
// Invalid (nothing filled in) for another name, an empty geometry, or a measure that does not apply to its kind.
QVariant FormController::measuredValue(const QString &name, const Geometry &geometry)
{
    if (geometry.isEmpty())
        return {};
    const GeometryKind kind = kindOf(geometry.type);
    double total = 0;
    if (name == QLatin1String("$area")) {
        if (kind != GeometryKind::Polygon)
            return {};
        for (const auto &part : geometry.parts)
            total += polygonArea(part);
    } else if (name == QLatin1String("$length") || name == QLatin1String("$perimeter")) {
        if (kind == GeometryKind::Line && name == QLatin1String("$length")) {
            for (const auto &part : geometry.parts)
                if (!part.empty())
                    total += lineLength(part.front());
        } else if (kind == GeometryKind::Polygon) {
            for (const auto &part : geometry.parts)
                if (!part.empty())
                    total += lineLength(part.front());
        } else {
            return {};
        }
    } else {
        return {};
    }
    // To the tenth of a unit: a drawn outline is not more precise than that, and the form shows no long tail.
    return std::round(total * 10.0) / 10.0;
}

bool FormController::isMeasured(const FieldDef &f)
{
    return f.defaultValue.isString() && f.defaultValue.toString().startsWith(QLatin1Char('$'));
}

// ---- FormFieldModel -----------------------------------------------------------------------------------------------

int FormFieldModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> FormFieldModel::roleNames() const
{
    return {{NameRole, "name"},           {TypeRole, "type"},         {LabelRole, "label"},
            {HintRole, "hint"},           {ValueRole, "value"},       {VisibleRole, "fieldVisible"},
            {RequiredRole, "required"},   {ErrorRole, "error"},       {MissingRole, "missing"},
            {OptionsRole, "options"},     {MinRole, "minimum"},       {MaxRole, "maximum"},
            {MaxLengthRole, "maxLength"}, {MaxCountRole, "maxCount"}, {ReadOnlyRole, "readOnly"},
            {PhotoUrlsRole, "photoUrls"}};
}

QVariant FormFieldModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Row &r = m_rows[size_t(index.row())];
    const FieldDef &f = *r.field;
    const QString lang = uiLanguage();
    switch (role) {
    case NameRole: return f.name;
    case TypeRole: return fieldTypeName(f.type);
    case LabelRole: return f.label.text(lang);
    case HintRole: {
        QString hint = f.hint.text(lang);
        if (hint.isEmpty() && !f.patternHint.isEmpty())
            hint = f.patternHint.text(lang);
        return hint;
    }
    case ValueRole: return r.shown;
    case VisibleRole: return r.visible;
    case RequiredRole: return f.required;
    case ErrorRole: return r.error;
    case MissingRole: return r.missing;
    case OptionsRole: {
        QVariantList out;
        for (const auto &o : f.options)
            out << QVariantMap{{QStringLiteral("value"), o.value}, {QStringLiteral("label"), o.label.text(lang)}};
        return out;
    }
    case MinRole: return f.min ? QVariant(*f.min) : QVariant();
    case MaxRole: return f.max ? QVariant(*f.max) : QVariant();
    case MaxLengthRole: return f.maxLength;
    case MaxCountRole: return f.maxCount;
    case ReadOnlyRole: return f.readOnly;
    case PhotoUrlsRole: {
        QVariantList urls;
        for (const QString &sha : r.value.toStringList())
            urls << QUrl::fromLocalFile(PhotoStore::thumbnailPath(m_projectDirectory, sha));
        return urls;
    }
    default: return {};
    }
}

// ---- FormController -----------------------------------------------------------------------------------------------

FormController::FormController(Project *project, EditGateway *gateway, QObject *parent)
    : QObject(parent), m_project(project), m_gateway(gateway)
{
    m_model.m_projectDirectory = project ? project->directory() : QString();
}

QString FormController::layerTitle() const
{
    return m_layer ? m_layer->title.text(uiLanguage()) : QString();
}

QString FormController::definitionError() const
{
    if (!m_layer || m_layer->definitionErrors.isEmpty())
        return QString();
    return tr("This form cannot be used with this version of the app: %1")
        .arg(m_layer->definitionErrors.join(QStringLiteral("; ")));
}

QString FormController::rememberKey(const FieldDef &f) const
{
    return QStringLiteral("remember/%1/%2/%3").arg(m_project->info().id, m_layer->name, f.name);
}

QVariant FormController::shownFor(const FieldDef &f, const QVariant &v) const
{
    if (!v.isValid() || v.isNull())
        return f.isList() ? QVariant(QStringList()) : (f.type == FieldType::Boolean ? QVariant() : QVariant(QString()));
    switch (f.type) {
    case FieldType::Integer: return QString::number(v.toLongLong());
    case FieldType::Decimal: return uiLocale().toString(v.toDouble(), 'g', 12);
    case FieldType::Date: return v.toDate().toString(Qt::ISODate);
    case FieldType::DateTime: return v.toDateTime().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case FieldType::Boolean: return v.toBool();
    case FieldType::MultiChoice:
    case FieldType::Photo: return v.toStringList();
    default: return v.toString();
    }
}

bool FormController::open(const LayerDef *layer, const std::function<QVariant(const FieldDef &)> &initial)
{
    ++m_session;
    m_layer = layer;
    m_dirty = false;
    m_message.clear();
    // m_pendingPhotos is not reset: it counts import jobs still running, and each one decrements it when it reports
    // back, even after the form it was started from was closed (resetting it here drove the count below zero).
    // The values go in before the reset ends: a list already showing the form creates its delegates from the rows as
    // they are at that moment, and nothing would tell it about values set afterwards.
    m_model.beginResetModel();
    m_model.m_rows.clear();
    if (layer)
        for (const FieldDef &f : layer->fields) {
            const QVariant value = initial ? initial(f) : QVariant();
            m_model.m_rows.push_back({&f, shownFor(f, value), value, QString(), false, true});
        }
    m_model.endResetModel();
    emit m_model.countChanged();
    return layer != nullptr;
}

bool FormController::openNew(const QString &layerName, const Geometry &geometry, std::optional<double> gpsAccuracy,
                             const QDateTime &gpsFixTime)
{
    const LayerDef *layer = m_project->layer(layerName);
    QSettings settings;
    const QVariantMap presets = m_presets.value(layerName);
    const bool opened = open(layer, [&](const FieldDef &f) {
        QVariant v;
        if (isMeasured(f)) {
            // Measured on the geometry just drawn: a remembered value from another feature would be wrong here.
            v = measuredValue(f.defaultValue.toString(), geometry);
            if (v.isValid() && f.type == FieldType::Integer)
                v = qRound64(v.toDouble());
        } else if (f.remember && settings.contains(rememberKey(f))) {
            v = QJsonDocument::fromJson(settings.value(rememberKey(f)).toByteArray()).array().at(0).toVariant();
        } else if (f.defaultValue.isString() && f.defaultValue.toString() == QLatin1String("today")) {
            v = QDate::currentDate();
        } else if (f.defaultValue.isString() && f.defaultValue.toString() == QLatin1String("now")) {
            v = QDateTime::currentDateTimeUtc();
        } else if (!f.defaultValue.isUndefined() && !f.defaultValue.isNull()) {
            v = f.defaultValue.toVariant();
        }
        if (presets.contains(f.name))
            v = presets.value(f.name);
        QString error;
        return normalizeValue(f, v, &error);
    });
    if (!opened)
        return false;
    m_uuid.clear();
    m_isNew = true;
    m_wasDraft = false;
    m_geometry = geometry;
    m_gpsAccuracy = gpsAccuracy;
    m_gpsFixTime = gpsFixTime;
    revalidate();
    emit openedChanged();
    return true;
}

void FormController::setPresets(const QString &layer, const QVariantMap &values)
{
    if (values.isEmpty())
        m_presets.remove(layer);
    else
        m_presets.insert(layer, values);
}

bool FormController::openNewFromCapture(CaptureController *capture)
{
    if (!capture || !capture->canFinish())
        return false;
    return openNew(capture->layer(), capture->geometry(), capture->gpsAccuracy(), capture->gpsFixTime());
}

bool FormController::openFeature(const QString &layerName, const QString &uuid)
{
    const LayerDef *layer = m_project->layer(layerName);
    if (!layer)
        return false;
    FeatureReader reader(m_project->db(), *layer);
    std::optional<Feature> feature;
    try {
        feature = reader.byUuid(uuid);
    } catch (const StoreError &e) {
        setMessage(e.message());
        return false;
    }
    if (!feature) {
        setMessage(tr("The feature no longer exists."));
        return false;
    }
    open(layer, [&](const FieldDef &f) { return feature->attributes.value(f.name); });
    m_uuid = uuid;
    m_syncHold.clear();
    try {
        for (const HeldChange &h : SyncState(m_project->db()).heldForFixing()) {
            if (h.layer != layerName || h.uuid != uuid)
                continue;
            QStringList lines;
            for (const auto &p : h.problems)
                lines << p.second;
            m_syncHold = tr("This feature was changed in another program and waits on this device: %1. Correct the "
                            "values and save.")
                             .arg(lines.join(QStringLiteral("; ")));
        }
    } catch (const StoreError &) {
        // The note is a help, not needed to edit.
    }
    m_isNew = false;
    m_wasDraft = feature->meta.draft;
    m_geometry = feature->geometry;
    revalidate();
    emit openedChanged();
    return true;
}

void FormController::close()
{
    open(nullptr);
    m_uuid.clear();
    m_syncHold.clear();
    emit openedChanged();
    emit stateChanged();
}

void FormController::setValue(int index, const QVariant &input)
{
    if (!m_layer || index < 0 || index >= int(m_model.m_rows.size()))
        return;
    auto &row = m_model.m_rows[size_t(index)];
    if (row.field->readOnly)
        return;
    QString error;
    const QVariant value = normalizeValue(*row.field, input, &error);
    // What was typed stays on screen even when it does not convert; revalidate() reports why.
    row.shown = row.field->isList() ? QVariant(value.toStringList()) : input;
    row.value = error.isEmpty() ? value : QVariant();
    m_dirty = true;
    revalidate();
    const QModelIndex mi = m_model.index(index);
    emit m_model.dataChanged(mi, mi, {FormFieldModel::ValueRole, FormFieldModel::PhotoUrlsRole});
}

QVariantMap FormController::values() const
{
    QVariantMap out;
    QVariantMap all;
    for (const auto &row : m_model.m_rows)
        all.insert(row.field->name, row.value);
    for (const auto &row : m_model.m_rows) {
        // A field that is not shown is not part of the answer: its value is cleared, as in paper forms where a
        // section that does not apply is left blank.
        out.insert(row.field->name, isVisible(*m_layer, *row.field, all) ? row.value : QVariant());
    }
    return out;
}

void FormController::revalidate()
{
    if (!m_layer)
        return;
    QVariantMap all;
    for (const auto &row : m_model.m_rows)
        all.insert(row.field->name, row.value);
    for (size_t i = 0; i < m_model.m_rows.size(); ++i) {
        auto &row = m_model.m_rows[i];
        const bool wasVisible = row.visible;
        const QString wasError = row.error;
        const bool wasMissing = row.missing;
        row.visible = isVisible(*m_layer, *row.field, all);
        // A value that did not convert keeps its conversion message; otherwise check the constraints.
        QString conversionError;
        if (!row.value.isValid() && !row.shown.toString().trimmed().isEmpty() && !row.field->isList() &&
            row.field->type != FieldType::Boolean) {
            normalizeValue(*row.field, row.shown, &conversionError);
        }
        row.error = conversionError;
        row.missing = false;
        if (row.visible && conversionError.isEmpty()) {
            if (auto issue = checkValue(*row.field, row.value)) {
                if (issue->severity == FieldIssue::Severity::Missing)
                    row.missing = true;
                else
                    row.error = issue->message;
            }
        }
        if (!row.visible)
            row.error.clear();
        if (wasVisible != row.visible || wasError != row.error || wasMissing != row.missing) {
            const QModelIndex mi = m_model.index(int(i));
            emit m_model.dataChanged(mi, mi,
                                     {FormFieldModel::VisibleRole, FormFieldModel::ErrorRole, FormFieldModel::MissingRole});
        }
    }
    emit stateChanged();
}

bool FormController::hasErrors() const
{
    for (const auto &row : m_model.m_rows)
        if (row.visible && !row.error.isEmpty())
            return true;
    return false;
}

bool FormController::complete() const
{
    for (const auto &row : m_model.m_rows)
        if (row.visible && row.missing)
            return false;
    return true;
}

QString FormController::problems() const
{
    QStringList lines;
    const QString lang = uiLanguage();
    for (const auto &row : m_model.m_rows) {
        if (!row.visible)
            continue;
        if (!row.error.isEmpty())
            lines << row.error;
        else if (row.missing)
            lines << tr("%1 is required").arg(row.field->label.text(lang));
    }
    return lines.join(QLatin1Char('\n'));
}

void FormController::setMessage(const QString &m)
{
    if (m_message == m)
        return;
    m_message = m;
    emit messageChanged();
}

bool FormController::save()
{
    return commit(false);
}

bool FormController::saveDraft()
{
    return commit(true);
}

bool FormController::commit(bool draft)
{
    if (!m_layer)
        return false;
    if (!definitionError().isEmpty()) {
        setMessage(definitionError());
        return false;
    }
    if (m_pendingPhotos > 0) {
        setMessage(tr("Wait until the photos are stored, then save."));
        return false;
    }
    if (hasErrors()) {
        setMessage(tr("Not saved. Correct these fields first:\n%1").arg(problems()));
        return false;
    }
    if (!draft && !complete()) {
        setMessage(tr("Not saved: some required fields are empty. Fill them in, or keep the feature as a draft to "
                      "finish later.\n%1")
                       .arg(problems()));
        return false;
    }
    EditResult r;
    const QVariantMap attrs = values();
    if (m_isNew) {
        NewFeature nf;
        nf.geometry = m_geometry;
        nf.attributes = attrs;
        nf.draft = draft;
        nf.gpsAccuracy = m_gpsAccuracy;
        nf.gpsFixTime = m_gpsFixTime;
        r = m_gateway->insert(m_layer->name, nf);
    } else {
        FeatureChange c;
        c.attributes = attrs;
        c.draft = draft;
        r = m_gateway->update(m_layer->name, m_uuid, c);
    }
    if (!r.ok) {
        setMessage(r.message);
        return false;
    }
    QSettings settings;
    for (const auto &row : m_model.m_rows)
        if (row.field->remember && row.value.isValid())
            settings.setValue(rememberKey(*row.field),
                              QJsonDocument(QJsonArray{toJsonValue(*row.field, row.value)}).toJson(QJsonDocument::Compact));
    m_uuid = r.uuid;
    m_isNew = false;
    m_wasDraft = draft;
    m_dirty = false;
    setMessage(QString());
    emit openedChanged();
    emit stateChanged();
    emit saved(r.uuid);
    return true;
}

bool FormController::removeFeature()
{
    if (!m_layer || m_isNew)
        return false;
    const EditResult r = m_gateway->remove(m_layer->name, m_uuid);
    if (!r.ok) {
        setMessage(r.message);
        return false;
    }
    const QString uuid = m_uuid;
    close();
    emit removed(uuid);
    return true;
}

void FormController::addPhoto(int index, const QUrl &file)
{
    if (!m_layer || index < 0 || index >= int(m_model.m_rows.size()))
        return;
    const FieldDef *field = m_model.m_rows[size_t(index)].field;
    if (field->type != FieldType::Photo)
        return;
    auto *job = new PhotoImportJob(m_project->directory(), file.isLocalFile() ? file.toLocalFile() : file.toString(), this);
    ++m_pendingPhotos;
    emit stateChanged();
    const QString fieldName = field->name;
    // The form may have been closed or another one opened meanwhile: the photo is kept in the project either way,
    // and attached only to the very form it was added from.
    const quint64 session = m_session;
    connect(job, &Job::finished, this, [this, job, fieldName, session]() {
        job->deleteLater();
        --m_pendingPhotos;
        if (job->error() != Job::Error::None) {
            setMessage(job->errorString());
            emit stateChanged();
            return;
        }
        const PhotoInfo info = job->result();
        const EditResult reg = m_gateway->registerAttachment(info.sha256, info.mime, info.size, info.originalName);
        if (!reg.ok) {
            setMessage(reg.message);
            emit stateChanged();
            return;
        }
        if (m_session != session) {
            setMessage(tr("The photo %1 was stored in the project, but its form had been closed: it is not attached.")
                           .arg(info.originalName));
            emit stateChanged();
            return;
        }
        for (size_t i = 0; i < m_model.m_rows.size(); ++i) {
            if (m_model.m_rows[i].field->name != fieldName)
                continue;
            QStringList photos = m_model.m_rows[i].value.toStringList();
            if (!photos.contains(info.sha256))
                photos << info.sha256;
            setValue(int(i), photos);
        }
        emit stateChanged();
    });
    job->start();
}

void FormController::removePhoto(int index, const QString &sha256)
{
    if (!m_layer || index < 0 || index >= int(m_model.m_rows.size()))
        return;
    QStringList photos = m_model.m_rows[size_t(index)].value.toStringList();
    // Only the reference goes: the file stays in the project until the sync has confirmed every copy it needs.
    photos.removeAll(sha256);
    setValue(index, photos);
}

} // namespace territori::core

#include "projectlistmodel.h"

#include "language.h"

#include <QLocale>
#include <QtConcurrent>

namespace territori::ui {

using territori::core::LocalProject;
using territori::core::ProjectRegistry;

ProjectListModel::ProjectListModel(QObject *parent) : QAbstractListModel(parent) {}

ProjectListModel::~ProjectListModel()
{
    if (m_watcher)
        m_watcher->waitForFinished(); // the scan reads only; it ends by itself
}

void ProjectListModel::setCurrent(const QString &id)
{
    m_current = id;
    if (!m_rows.empty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {CurrentRole});
}

void ProjectListModel::setLastOpened(const QString &id)
{
    m_last = id;
    if (!m_rows.empty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {LastOpenedRole});
}

int ProjectListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> ProjectListModel::roleNames() const
{
    return {{IdRole, "projectId"},         {TitleRole, "title"},         {SizeRole, "size"},
            {BytesRole, "bytes"},           {LastSyncRole, "lastSync"},    {UnsentRole, "unsent"},
            {DefinitionVersionRole, "definitionVersion"}, {WorkAreaRole, "workArea"},
            {SampleAreaRole, "sampleArea"}, {SampleRole, "sample"},        {InterruptedRole, "interrupted"},
            {ErrorRole, "error"},           {CurrentRole, "current"},      {LastOpenedRole, "lastOpened"}};
}

QString ProjectListModel::sizeText(qint64 bytes)
{
    return QLocale(store::uiLanguage()).formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QVariant ProjectListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return QVariant();
    const LocalProject &p = m_rows[size_t(index.row())];
    switch (role) {
    case IdRole: return p.id;
    case TitleRole: return p.title;
    case SizeRole: return sizeText(p.bytes);
    case BytesRole: return double(p.bytes);
    case LastSyncRole:
        return p.lastSync.isValid() ? QLocale(store::uiLanguage()).toString(p.lastSync.toLocalTime(), QLocale::ShortFormat)
                                    : QString();
    case UnsentRole: return p.unsent;
    case DefinitionVersionRole: return p.definitionVersion;
    case WorkAreaRole: return p.workAreaName;
    case SampleAreaRole: return p.sampleArea;
    case SampleRole: return p.sample;
    case InterruptedRole: return p.interrupted;
    case ErrorRole: return p.error;
    case CurrentRole: return !p.interrupted && p.id == m_current;
    case LastOpenedRole: return !p.interrupted && p.id == m_last;
    default: return QVariant();
    }
}

QVariantMap ProjectListModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= int(m_rows.size()))
        return out;
    const auto names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return out;
}

const LocalProject *ProjectListModel::find(const QString &id, bool interrupted) const
{
    for (const LocalProject &p : m_rows)
        if (p.id == id && p.interrupted == interrupted)
            return &p;
    return nullptr;
}

void ProjectListModel::refresh()
{
    if (m_watcher) {
        m_again = true; // what the running scan returns may be older than what changed: read again after it
        return;
    }
    m_watcher = new QFutureWatcher<std::vector<LocalProject>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        auto *w = m_watcher;
        m_watcher = nullptr;
        std::vector<LocalProject> rows = w->result();
        w->deleteLater();
        if (m_again) { // stale: something changed while it read
            m_again = false;
            refresh();
            return;
        }
        emit loadingChanged();
        take(std::move(rows));
    });
    const QString dir = m_directory;
    m_watcher->setFuture(QtConcurrent::run([dir] { return ProjectRegistry::scan(dir); }));
    emit loadingChanged();
}

void ProjectListModel::refreshNow()
{
    take(ProjectRegistry::scan(m_directory));
}

void ProjectListModel::take(std::vector<LocalProject> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
    emit refreshed();
}

} // namespace territori::ui

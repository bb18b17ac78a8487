#pragma once

// The projects on this device for the projects page (core::ProjectRegistry), read on a worker thread so a list of
// large stores never holds the UI up; a newer read replaces an older one still under way. Same shape as every list
// model here: roles, count, loading, errorString, refresh().

#include "projectregistry.h"

#include <QAbstractListModel>
#include <QFutureWatcher>

#include <vector>

namespace territori::ui {

class ProjectListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorString READ errorString NOTIFY countChanged)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,
        SizeRole,        // text, e.g. "12,3 MB"
        BytesRole,
        LastSyncRole,    // text in the UI's locale; empty: never synchronised
        UnsentRole,      // features with changes not on the SIT yet
        DefinitionVersionRole,
        WorkAreaRole,    // the work area's name; empty: the whole territory
        SampleAreaRole,
        SampleRole,
        InterruptedRole, // a download that stopped
        ErrorRole,       // why the store cannot be read
        CurrentRole,     // the project open now
        LastOpenedRole,  // the one opened before (QSettings projects/last)
    };

    explicit ProjectListModel(QObject *parent = nullptr);
    ~ProjectListModel() override;

    void setProjectsDirectory(const QString &directory) { m_directory = directory; }
    void setCurrent(const QString &id);
    void setLastOpened(const QString &id);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool loading() const { return m_watcher != nullptr; }
    QString errorString() const { return QString(); } // a store that cannot be read is a row with its error

    Q_INVOKABLE void refresh();
    // One row as a map of its roles (for QML outside a delegate).
    Q_INVOKABLE QVariantMap get(int row) const;
    // Reads the folders now, on the calling thread (the start rules, tests).
    void refreshNow();

    const std::vector<core::LocalProject> &projects() const { return m_rows; }
    const core::LocalProject *find(const QString &id, bool interrupted = false) const;

    static QString sizeText(qint64 bytes);

signals:
    void countChanged();
    void loadingChanged();
    void refreshed();

private:
    void take(std::vector<core::LocalProject> rows);

    QString m_directory;
    QString m_current;
    QString m_last;
    std::vector<core::LocalProject> m_rows;
    QFutureWatcher<std::vector<core::LocalProject>> *m_watcher = nullptr;
    bool m_again = false;
};

} // namespace territori::ui

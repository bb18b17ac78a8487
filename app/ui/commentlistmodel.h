#pragma once

// The comments on one paragraph, in thread order, fetched a page at a time as the list scrolls (a thread of a
// thousand comments opens with its first page). Same shape as every list model here: roles, count, refresh().

#include <QAbstractListModel>

#include <vector>

namespace territori::store {
class Project;
class EditGateway;
} // namespace territori::store

namespace territori::core {
struct Comment;
}

namespace territori::ui {

class CommentListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int total READ total NOTIFY countChanged)

public:
    enum Role {
        UuidRole = Qt::UserRole + 1,
        TextRole,
        StanceRole,
        StanceLabelRole,
        QuoteRole,
        IsReplyRole,
        ModerationRole,
        ModerationLabelRole,
        ModerationReasonRole,
        WhenRole,
        SentRole,
        HasPlaceRole,
        ParticipantRole,
        PhotoRole, // the thumbnail of the comment's photo, empty without one
    };

    CommentListModel(store::Project *project, store::EditGateway *gateway, QObject *parent = nullptr);
    ~CommentListModel() override;

    // Which thread: a paragraph of a draft, and (at a shared tablet) only one participant's comments.
    Q_INVOKABLE void show(const QString &draft, const QString &paragraph, const QString &participant);
    Q_INVOKABLE void refresh();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    int total() const { return m_total; }

    static constexpr int kPage = 50;

signals:
    void countChanged();

private:
    store::Project *m_project;
    store::EditGateway *m_gateway;
    QString m_draft, m_paragraph, m_participant;
    std::vector<core::Comment> m_rows;
    int m_total = 0;
};

} // namespace territori::ui

#include "commentlistmodel.h"

#include "language.h"
#include "layerdef.h"
#include "participation.h"
#include "photostore.h"
#include "project.h"

#include <QLocale>
#include <QUrl>

namespace territori::ui {

using namespace territori::core;
using namespace territori::store;

CommentListModel::CommentListModel(Project *project, EditGateway *gateway, QObject *parent)
    : QAbstractListModel(parent), m_project(project), m_gateway(gateway)
{
}

CommentListModel::~CommentListModel() = default;

void CommentListModel::show(const QString &draft, const QString &paragraph, const QString &participant)
{
    m_draft = draft;
    m_paragraph = paragraph;
    m_participant = participant;
    refresh();
}

void CommentListModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_project && m_gateway && !m_draft.isEmpty()) {
        try {
            Comments comments(*m_project, *m_gateway);
            m_total = comments.count(m_draft, m_paragraph, m_participant);
            m_rows = comments.page(m_draft, m_paragraph, m_participant, 0, kPage);
        } catch (const StoreError &) {
            m_rows.clear(); // an empty thread rather than a wrong one
        }
    }
    endResetModel();
    emit countChanged();
}

bool CommentListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && int(m_rows.size()) < m_total;
}

void CommentListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    std::vector<Comment> more;
    try {
        more = Comments(*m_project, *m_gateway).page(m_draft, m_paragraph, m_participant, int(m_rows.size()), kPage);
    } catch (const StoreError &) {
        return;
    }
    if (more.empty()) {
        m_total = int(m_rows.size()); // fewer than counted: the list ends here
        emit countChanged();
        return;
    }
    beginInsertRows(QModelIndex(), int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    for (auto &c : more)
        m_rows.push_back(std::move(c));
    endInsertRows();
    emit countChanged();
}

int CommentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QHash<int, QByteArray> CommentListModel::roleNames() const
{
    return {{UuidRole, "uuid"},
            {TextRole, "text"},
            {StanceRole, "stance"},
            {StanceLabelRole, "stanceLabel"},
            {QuoteRole, "quote"},
            {IsReplyRole, "isReply"},
            {ModerationRole, "moderation"},
            {ModerationLabelRole, "moderationLabel"},
            {ModerationReasonRole, "moderationReason"},
            {WhenRole, "when"},
            {SentRole, "sent"},
            {HasPlaceRole, "hasPlace"},
            {ParticipantRole, "participant"},
            {PhotoRole, "photo"}};
}

QVariant CommentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return QVariant();
    const Comment &c = m_rows[size_t(index.row())];
    auto label = [&](const QString &field, const QString &value) {
        const LayerDef *layer = m_project->layer(participation::comments);
        const FieldDef *f = layer ? layer->field(field) : nullptr;
        const ChoiceOption *o = f ? f->option(value) : nullptr;
        return o ? o->label.text(uiLanguage()) : value;
    };
    switch (role) {
    case UuidRole: return c.uuid;
    case TextRole: return c.text;
    case StanceRole: return c.stance;
    case StanceLabelRole: return label(QStringLiteral("posizione"), c.stance);
    case QuoteRole: return c.quote;
    case IsReplyRole: return !c.replyTo.isEmpty();
    case ModerationRole: return c.moderation;
    case ModerationLabelRole: return label(QStringLiteral("moderazione"), c.moderation);
    case ModerationReasonRole: return c.moderationReason;
    case WhenRole: return QLocale(uiLanguage()).toString(c.createdAt.toLocalTime(), QLocale::ShortFormat);
    case SentRole: return c.sent;
    case HasPlaceRole: return c.hasPlace;
    case ParticipantRole: return c.participant;
    case PhotoRole:
        return c.photos.isEmpty()
                   ? QUrl()
                   : QUrl::fromLocalFile(core::PhotoStore::thumbnailPath(m_project->directory(), c.photos.front()));
    default: return QVariant();
    }
}

} // namespace territori::ui

#include "participation.h"

#include "language.h"
#include "layerdef.h"
#include "project.h"
#include "sqlite.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace territori::core {

using namespace territori::store;

bool participation::available(const Project &project)
{
    return project.layer(drafts) && project.layer(comments) && project.layer(tables) && project.layer(participants);
}

namespace {

const QStringList kSections{QStringLiteral("conoscitivo"), QStringLiteral("strategico"), QStringLiteral("normativo"),
                            QStringLiteral("bersagli")};

QString optionLabel(const Project &project, const QString &field, const QString &value)
{
    const LayerDef *layer = project.layer(participation::drafts);
    const FieldDef *f = layer ? layer->field(field) : nullptr;
    const ChoiceOption *o = f ? f->option(value) : nullptr;
    return o ? o->label.text(uiLanguage()) : value;
}

QString columns()
{
    return QStringLiteral("uuid, bozza, versione, sezione, paragrafo, ordine, titolo, testo, luogo, geom");
}

Paragraph readParagraph(const Project &project, Statement &st)
{
    Paragraph p;
    p.uuid = st.text(0);
    p.draft = st.text(1);
    p.version = int(st.int64(2));
    p.section = st.text(3);
    p.sectionTitle = optionLabel(project, QStringLiteral("sezione"), p.section);
    p.id = st.text(4);
    p.order = int(st.int64(5));
    p.title = st.text(6);
    p.text = st.text(7);
    p.place = st.text(8);
    if (!st.isNull(9)) {
        Geometry g;
        if (fromGpkgBlob(st.blob(9), g))
            p.extent = g.envelope();
    }
    return p;
}

void sortForReading(std::vector<Paragraph> &ps)
{
    std::stable_sort(ps.begin(), ps.end(), [](const Paragraph &a, const Paragraph &b) {
        const int sa = DraftLibrary::sectionRank(a.section), sb = DraftLibrary::sectionRank(b.section);
        if (sa != sb)
            return sa < sb;
        if (a.order != b.order)
            return a.order < b.order;
        return a.id < b.id;
    });
}

QStringList words(const QString &text)
{
    // Words and the spaces between them, so the marked-up text keeps its layout.
    static const QRegularExpression re(QStringLiteral("\\s+|[^\\s]+"));
    QStringList out;
    auto it = re.globalMatch(text);
    while (it.hasNext())
        out << it.next().captured(0);
    return out;
}

} // namespace

int DraftLibrary::sectionRank(const QString &section)
{
    const int i = int(kSections.indexOf(section));
    return i < 0 ? int(kSections.size()) : i;
}

std::vector<DraftInfo> DraftLibrary::drafts()
{
    std::vector<DraftInfo> out;
    if (!m_project.layer(participation::drafts))
        return out;
    Statement st = m_project.db().prepare(QStringLiteral(
        "SELECT bozza, strategia, versione, max(data_versione), min(apertura), max(chiusura), count(*) FROM %1 "
        "GROUP BY bozza, strategia, versione ORDER BY bozza, versione")
                                              .arg(quoteIdentifier(participation::drafts)));
    while (st.step()) {
        const QString draft = st.text(0);
        if (out.empty() || out.back().draft != draft) {
            DraftInfo d;
            d.draft = draft;
            d.strategy = st.text(1);
            d.strategyTitle = optionLabel(m_project, QStringLiteral("strategia"), d.strategy);
            out.push_back(d);
        }
        DraftInfo &d = out.back();
        d.versions << int(st.int64(2));
        d.latestVersion = int(st.int64(2));
        d.versionDate = QDate::fromString(st.text(3), Qt::ISODate);
        d.opens = QDate::fromString(st.text(4), Qt::ISODate);
        d.closes = QDate::fromString(st.text(5), Qt::ISODate);
        d.paragraphs = int(st.int64(6));
    }
    std::sort(out.begin(), out.end(), [](const DraftInfo &a, const DraftInfo &b) { return a.strategy < b.strategy; });
    return out;
}

std::optional<DraftInfo> DraftLibrary::draft(const QString &draft)
{
    for (const DraftInfo &d : drafts())
        if (d.draft == draft)
            return d;
    return std::nullopt;
}

std::vector<Paragraph> DraftLibrary::paragraphs(const QString &draft, int version)
{
    std::vector<Paragraph> out;
    if (!m_project.layer(participation::drafts))
        return out;
    Statement st = m_project.db().prepare(QStringLiteral("SELECT %1 FROM %2 WHERE bozza = ? AND versione = ?")
                                              .arg(columns(), quoteIdentifier(participation::drafts)));
    st.bind(1, draft).bind(2, qint64(version));
    while (st.step())
        out.push_back(readParagraph(m_project, st));
    sortForReading(out);
    return out;
}

std::vector<Paragraph> DraftLibrary::search(const QString &query, int limit)
{
    std::vector<Paragraph> out;
    const QStringList terms = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (terms.isEmpty() || !m_project.layer(participation::drafts))
        return out;
    QStringList where;
    for (int i = 0; i < terms.size(); ++i)
        where << QStringLiteral("(p.titolo LIKE ?%1 ESCAPE '\\' OR p.testo LIKE ?%1 ESCAPE '\\')").arg(i + 1);
    // Only the latest version of each draft: that is what people comment on.
    Statement st = m_project.db().prepare(
        QStringLiteral("SELECT p.%1 FROM %2 p WHERE p.versione = (SELECT max(versione) FROM %2 WHERE bozza = p.bozza) "
                       "AND %3 LIMIT %4")
            .arg(columns().replace(QStringLiteral(", "), QStringLiteral(", p.")), quoteIdentifier(participation::drafts),
                 where.join(QStringLiteral(" AND ")))
            .arg(limit));
    for (int i = 0; i < terms.size(); ++i) {
        QString t = terms[i];
        t.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        st.bind(i + 1, QLatin1Char('%') + t + QLatin1Char('%'));
    }
    while (st.step())
        out.push_back(readParagraph(m_project, st));
    std::stable_sort(out.begin(), out.end(), [](const Paragraph &a, const Paragraph &b) { return a.draft < b.draft; });
    return out;
}

std::vector<ParagraphDiff> DraftLibrary::diff(const QString &draft, int from, int to)
{
    std::vector<ParagraphDiff> out;
    const std::vector<Paragraph> before = paragraphs(draft, from);
    const std::vector<Paragraph> after = paragraphs(draft, to);
    for (const Paragraph &p : after) {
        ParagraphDiff d;
        d.paragraph = p;
        auto old = std::find_if(before.begin(), before.end(), [&](const Paragraph &b) { return b.id == p.id; });
        if (old == before.end()) {
            d.change = ParagraphChange::Added;
        } else if (old->text != p.text || old->title != p.title) {
            d.change = ParagraphChange::Changed;
            d.textHtml = wordDiffHtml(old->text, p.text);
        }
        out.push_back(d);
    }
    // Removed paragraphs go after the one that preceded them in the older version.
    for (size_t i = 0; i < before.size(); ++i) {
        const Paragraph &b = before[i];
        if (std::any_of(after.begin(), after.end(), [&](const Paragraph &a) { return a.id == b.id; }))
            continue;
        ParagraphDiff d;
        d.paragraph = b;
        d.change = ParagraphChange::Removed;
        auto at = out.begin();
        if (i > 0) {
            const QString previous = before[i - 1].id;
            auto it = std::find_if(out.begin(), out.end(), [&](const ParagraphDiff &x) { return x.paragraph.id == previous; });
            at = it == out.end() ? out.end() : it + 1;
        }
        out.insert(at, d);
    }
    return out;
}

bool DraftLibrary::acceptsComments(const QString &draftId, int version, QString *why, const QDate &today)
{
    Statement st = m_project.db().prepare(
        QStringLiteral("SELECT min(apertura), max(chiusura), count(*) FROM %1 WHERE bozza = ? AND versione = ?")
            .arg(quoteIdentifier(participation::drafts)));
    st.bind(1, draftId).bind(2, qint64(version));
    st.step();
    const QDate opens = QDate::fromString(st.text(0), Qt::ISODate);
    const QDate closes = QDate::fromString(st.text(1), Qt::ISODate);
    const QLocale locale(uiLanguage());
    if (st.int64(2) == 0) {
        if (why)
            *why = QCoreApplication::translate("Participation", "This draft is not on this device.");
        return false;
    }
    if (opens.isValid() && today < opens) {
        if (why)
            *why = QCoreApplication::translate("Participation", "Comments on this draft open on %1.")
                       .arg(locale.toString(opens, QLocale::LongFormat));
        return false;
    }
    if (!closes.isValid() || today > closes) {
        if (why)
            *why = closes.isValid() ? QCoreApplication::translate("Participation",
                                                                  "The comment window of this draft closed on %1.")
                                          .arg(locale.toString(closes, QLocale::LongFormat))
                                    : QCoreApplication::translate("Participation",
                                                                  "This draft does not take comments.");
        return false;
    }
    return true;
}

QString DraftLibrary::wordDiffHtml(const QString &before, const QString &after)
{
    const QStringList a = words(before), b = words(after);
    // Longest common subsequence over words: paragraphs are short (a few hundred words at most).
    const int n = int(a.size()), m = int(b.size());
    std::vector<std::vector<int>> lcs(size_t(n + 1), std::vector<int>(size_t(m + 1), 0));
    for (int i = n - 1; i >= 0; --i)
        for (int j = m - 1; j >= 0; --j)
            lcs[size_t(i)][size_t(j)] = a[i] == b[j] ? lcs[size_t(i + 1)][size_t(j + 1)] + 1
                                                     : std::max(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
    QString out;
    QString del, ins;
    auto flush = [&] {
        if (!del.trimmed().isEmpty())
            out += QStringLiteral("<del>%1</del>").arg(del.toHtmlEscaped());
        else
            out += del.toHtmlEscaped();
        if (!ins.trimmed().isEmpty())
            out += QStringLiteral("<ins>%1</ins>").arg(ins.toHtmlEscaped());
        else
            out += ins.toHtmlEscaped();
        del.clear();
        ins.clear();
    };
    int i = 0, j = 0;
    while (i < n && j < m) {
        if (a[i] == b[j]) {
            flush();
            out += a[i].toHtmlEscaped();
            ++i;
            ++j;
        } else if (lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)]) {
            del += a[i++];
        } else {
            ins += b[j++];
        }
    }
    while (i < n)
        del += a[i++];
    while (j < m)
        ins += b[j++];
    flush();
    return out;
}

} // namespace territori::core

#include "fieldmatch.h"

#include "language.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

namespace territori::gis {

using store::FieldDef;
using store::FieldType;
using store::LayerDef;

QString normalizedName(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

std::vector<FieldMap> matchFields(const LayerDef &layer, const QStringList &columns)
{
    std::vector<FieldMap> out;
    QStringList used;
    QStringList normalizedColumns;
    for (const QString &c : columns)
        normalizedColumns << normalizedName(c);
    auto take = [&](int i) {
        used << columns[i];
        return columns[i];
    };
    auto unusedMatch = [&](const QString &wanted) -> int {
        if (wanted.isEmpty())
            return -1;
        for (int i = 0; i < columns.size(); ++i)
            if (normalizedColumns[i] == wanted && !used.contains(columns[i]))
                return i;
        return -1;
    };
    // Exact names first, for every field, so a label match cannot steal a column another field is named after.
    for (const FieldDef &f : layer.fields) {
        FieldMap m;
        m.target = f.name;
        if (f.type != FieldType::Photo) {
            const int i = unusedMatch(normalizedName(f.name));
            if (i >= 0) {
                m.source = take(i);
                m.automatic = true;
            }
        }
        out.push_back(m);
    }
    for (size_t k = 0; k < out.size(); ++k) {
        const FieldDef &f = layer.fields[k];
        if (!out[k].source.isEmpty() || f.type == FieldType::Photo)
            continue;
        int i = unusedMatch(normalizedName(f.label.it));
        if (i < 0)
            i = unusedMatch(normalizedName(f.label.en));
        if (i < 0) {
            // A DBF cuts names to 10 characters: "superficie_mq" arrives as "SUPERFICIE". Taken only when no other
            // field of the layer starts the same way.
            for (int c = 0; c < columns.size() && i < 0; ++c) {
                if (columns[c].size() != 10 || used.contains(columns[c]))
                    continue;
                const QString cut = columns[c].toLower();
                int candidates = 0;
                for (const FieldDef &other : layer.fields)
                    if (other.name.toLower().startsWith(cut))
                        ++candidates;
                if (candidates == 1 && f.name.toLower().startsWith(cut))
                    i = c;
            }
        }
        if (i >= 0) {
            out[k].source = take(i);
            out[k].automatic = true;
        }
    }
    return out;
}

namespace {

QString label(const FieldDef &f)
{
    return f.label.text(store::uiLanguage());
}

const QTimeZone &italianTime()
{
    // A time without a zone in an Italian comune's file is Italian civil time, whatever the machine's zone.
    static const QTimeZone rome(QByteArrayLiteral("Europe/Rome"));
    return rome;
}

QDate parseDate(const QString &s)
{
    static const char *formats[] = {"yyyy-MM-dd", "yyyy/MM/dd", "dd/MM/yyyy", "d/M/yyyy", "dd-MM-yyyy", "dd.MM.yyyy",
                                    "yyyyMMdd"};
    const QString head = s.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('T'), 0, 0);
    for (const char *f : formats) {
        const QDate d = QDate::fromString(head, QLatin1String(f));
        if (d.isValid())
            return d;
    }
    return QDate();
}

QDateTime parseDateTime(const QString &s)
{
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (dt.isValid()) {
        if (dt.timeSpec() == Qt::LocalTime)
            dt = QDateTime(dt.date(), dt.time(), italianTime());
        return dt.toUTC();
    }
    static const char *formats[] = {"yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd HH:mm", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm",
                                    "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"};
    for (const char *f : formats) {
        const QDateTime t = QDateTime::fromString(s, QLatin1String(f));
        if (t.isValid())
            return QDateTime(t.date(), t.time(), italianTime()).toUTC();
    }
    const QDate d = parseDate(s);
    if (d.isValid() && s.trimmed().size() <= 10)
        return QDateTime(d, QTime(0, 0), italianTime()).toUTC();
    return QDateTime();
}

// A choice written differently from the layer's value: same letters ignoring case and accents, or its label.
QString matchOption(const FieldDef &f, const QString &text)
{
    if (f.option(text))
        return text;
    const QString wanted = normalizedName(text);
    if (wanted.isEmpty())
        return text;
    const store::ChoiceOption *found = nullptr;
    for (const auto &o : f.options) {
        if (normalizedName(o.value) == wanted || normalizedName(o.label.it) == wanted ||
            normalizedName(o.label.en) == wanted) {
            if (found && found != &o)
                return text; // ambiguous: left as it is, so the check names it
            found = &o;
        }
    }
    return found ? found->value : text;
}

QString numberText(double d)
{
    if (std::floor(d) == d && std::abs(d) < 1e15)
        return QString::number(qlonglong(d));
    return QString::number(d, 'g', 15);
}

} // namespace

QVariant convertValue(const FieldDef &f, const QVariant &raw, QString *error)
{
    if (!raw.isValid() || raw.isNull())
        return QVariant();
    const bool isText = raw.userType() == QMetaType::QString;
    const QString s = isText ? raw.toString().trimmed() : QString();
    if (isText && s.isEmpty())
        return QVariant();
    switch (f.type) {
    case FieldType::Integer:
        if (isText) {
            bool ok = false;
            const qlonglong v = s.toLongLong(&ok);
            if (ok)
                return v;
            QString t = s;
            t.replace(QLatin1Char(','), QLatin1Char('.'));
            const double d = t.toDouble(&ok);
            if (ok && std::floor(d) == d && std::abs(d) < 9e15)
                return qlonglong(d);
        }
        return store::normalizeValue(f, raw, error);
    case FieldType::Decimal:
        if (isText && s.contains(QLatin1Char(',')) && s.contains(QLatin1Char('.')) &&
            s.lastIndexOf(QLatin1Char(',')) > s.lastIndexOf(QLatin1Char('.'))) {
            // "1.234,5": Italian thousands separator and decimal comma.
            QString t = s;
            t.remove(QLatin1Char('.'));
            t.replace(QLatin1Char(','), QLatin1Char('.'));
            return store::normalizeValue(f, t, error);
        }
        return store::normalizeValue(f, isText ? QVariant(s) : raw, error);
    case FieldType::Date:
        if (isText) {
            const QDate d = parseDate(s);
            if (d.isValid())
                return d;
        } else if (raw.userType() == QMetaType::QDateTime) {
            return raw.toDateTime().toTimeZone(italianTime()).date();
        }
        return store::normalizeValue(f, raw, error);
    case FieldType::DateTime:
        if (isText) {
            const QDateTime dt = parseDateTime(s);
            if (dt.isValid())
                return dt;
        } else if (raw.userType() == QMetaType::QDate) {
            return QDateTime(raw.toDate(), QTime(0, 0), italianTime()).toUTC();
        }
        return store::normalizeValue(f, raw, error);
    case FieldType::Boolean:
        if (isText) {
            const QString l = normalizedName(s);
            if (l == QLatin1String("s") || l == QLatin1String("y") || l == QLatin1String("t") ||
                l == QLatin1String("vero") || l == QLatin1String("v"))
                return true;
            if (l == QLatin1String("n") || l == QLatin1String("f") || l == QLatin1String("falso"))
                return false;
            return store::normalizeValue(f, s, error);
        }
        if (raw.userType() == QMetaType::LongLong || raw.userType() == QMetaType::Int ||
            raw.userType() == QMetaType::Double) {
            const double d = raw.toDouble();
            if (d == 0 || d == 1)
                return d == 1;
            if (error)
                *error = QCoreApplication::translate("Import", "%1: '%2' is neither yes nor no")
                             .arg(label(f), raw.toString());
            return QVariant();
        }
        return store::normalizeValue(f, raw, error);
    case FieldType::Choice:
        return matchOption(f, isText ? s : displayValue(raw));
    case FieldType::MultiChoice: {
        QStringList items;
        if (raw.userType() == QMetaType::QStringList) {
            items = raw.toStringList();
        } else if (s.startsWith(QLatin1Char('['))) {
            return store::normalizeValue(f, s, error);
        } else if (f.option(s)) {
            items << s;
        } else {
            static const QRegularExpression separators(QStringLiteral("\\s*[;|,]\\s*"));
            items = s.split(separators, Qt::SkipEmptyParts);
        }
        for (QString &i : items)
            i = matchOption(f, i.trimmed());
        return store::normalizeValue(f, items, error);
    }
    case FieldType::Text:
    case FieldType::Multiline:
        if (raw.userType() == QMetaType::Double)
            return numberText(raw.toDouble());
        if (raw.userType() == QMetaType::QDate)
            return raw.toDate().toString(Qt::ISODate);
        if (raw.userType() == QMetaType::QDateTime)
            return store::isoDateTime(raw.toDateTime());
        if (raw.userType() == QMetaType::QStringList)
            return raw.toStringList().join(QStringLiteral("; "));
        return store::normalizeValue(f, isText ? QVariant(raw.toString()) : raw, error);
    case FieldType::Photo: return store::normalizeValue(f, raw, error);
    }
    return store::normalizeValue(f, raw, error);
}

QString displayValue(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QString();
    switch (v.userType()) {
    case QMetaType::Double: return numberText(v.toDouble());
    case QMetaType::QDate: return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime: return store::isoDateTime(v.toDateTime());
    case QMetaType::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::QStringList: return v.toStringList().join(QStringLiteral("; "));
    default: return v.toString();
    }
}

} // namespace territori::gis

#include "testsupport.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

// "Italian first, English complete": every string in the sources is in both catalogues, translated, with the same
// placeholders, and the compiled Italian catalogue is what the app loads.
class TestTranslations : public QObject
{
    Q_OBJECT

    struct Message
    {
        QString context, source, translation;
        QStringList forms;
        bool numerus = false, unfinished = false;
    };

    static QList<Message> read(const QString &path)
    {
        QList<Message> out;
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return out;
        QXmlStreamReader xml(&f);
        QString context;
        Message m;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const QStringRef n = xml.name();
                if (n == QLatin1String("name"))
                    context = xml.readElementText();
                else if (n == QLatin1String("message")) {
                    m = Message();
                    m.context = context;
                    m.numerus = xml.attributes().value("numerus") == QLatin1String("yes");
                } else if (n == QLatin1String("source"))
                    m.source = xml.readElementText();
                else if (n == QLatin1String("translation")) {
                    const QStringRef type = xml.attributes().value("type");
                    m.unfinished = !type.isEmpty(); // unfinished, vanished, obsolete
                    if (!m.numerus)
                        m.translation = xml.readElementText();
                } else if (n == QLatin1String("numerusform"))
                    m.forms << xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                out << m;
            }
        }
        return out;
    }

    static QStringList placeholders(const QString &s)
    {
        static const QRegularExpression re(QStringLiteral("%L?[0-9n]"));
        QStringList out;
        auto it = re.globalMatch(s);
        while (it.hasNext())
            out << it.next().captured(0).remove(QLatin1Char('L'));
        out.sort();
        out.removeDuplicates();
        return out;
    }

    QString m_source = territori::testing::sourceDir();

private slots:
    void everySourceStringIsInBothCataloguesAndTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("it") << "it";
        QTest::newRow("en") << "en";
    }

    void everySourceStringIsInBothCataloguesAndTranslated()
    {
        QFETCH(QString, language);
        const QString lupdate = QStringLiteral("/usr/lib/qt5/bin/lupdate");
        if (!QFileInfo::exists(lupdate))
            QSKIP("lupdate (qttools5-dev-tools) is not installed");
        QTemporaryDir tmp;
        const QString fresh = tmp.filePath("fresh.ts");
        QProcess p;
        p.setWorkingDirectory(m_source);
        p.start(lupdate, {"-silent", "-locations", "none", "app", "qml", "sync", "platform", "-ts", fresh});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QList<Message> current = read(fresh);
        QVERIFY2(current.size() > 100, "lupdate found too few strings");

        const QList<Message> catalogue = read(m_source + QStringLiteral("/assets/i18n/territori_%1.ts").arg(language));
        QHash<QString, Message> byKey;
        for (const Message &m : catalogue)
            byKey.insert(m.context + QLatin1Char('\x1f') + m.source, m);
        QStringList missing, unfinished, broken;
        for (const Message &m : current) {
            const auto it = byKey.constFind(m.context + QLatin1Char('\x1f') + m.source);
            if (it == byKey.constEnd()) {
                missing << QStringLiteral("%1: %2").arg(m.context, m.source);
                continue;
            }
            const Message &t = *it;
            const QStringList texts = t.numerus ? t.forms : QStringList{t.translation};
            if (t.unfinished || texts.isEmpty() || std::any_of(texts.begin(), texts.end(), [](const QString &x) {
                    return x.trimmed().isEmpty();
                }))
                unfinished << QStringLiteral("%1: %2").arg(m.context, m.source);
            for (const QString &x : texts)
                if (placeholders(x) != placeholders(m.source) && !(t.numerus && placeholders(x).isEmpty()))
                    broken << QStringLiteral("%1: '%2' -> '%3'").arg(m.context, m.source, x);
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("not in territori_%1.ts (run make update_translations):\n")
                                                   .arg(language) + missing.join('\n')));
        QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("untranslated in territori_%1.ts:\n").arg(language) +
                                                  unfinished.join('\n')));
        QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("placeholders differ:\n") + broken.join('\n')));
    }

    void theAppLoadsItalianByDefault()
    {
        QTranslator it;
        QVERIFY(it.load(QStringLiteral(TERRITORI_BINARY_DIR "/app/territori_it.qm")));
        const QString saved = it.translate("FeaturePage", "Keep as draft");
        QVERIFY(!saved.isEmpty());
        QVERIFY(saved != QLatin1String("Keep as draft"));
        QVERIFY(!it.translate("Validation", "%1 is required").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"

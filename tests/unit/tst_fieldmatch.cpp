// Matching a file's columns to a layer's fields, and converting municipal files' values (app/gis/fieldmatch.h).

#include "fieldmatch.h"
#include "gisfixtures.h"
#include "language.h"

#include <QtTest>

using namespace territori;
using namespace territori::gis;
using namespace territori::store;

class TestFieldMatch : public QObject
{
    Q_OBJECT

    LayerDef m_aree;
    LayerDef m_punti;

    const FieldDef &field(const LayerDef &l, const char *name) { return *l.field(QString::fromLatin1(name)); }

    QVariant convert(const LayerDef &l, const char *name, const QVariant &raw, QString *error = nullptr)
    {
        QString e;
        const QVariant v = convertValue(field(l, name), raw, &e);
        if (error)
            *error = e;
        return v;
    }

private slots:
    void initTestCase()
    {
        setUiLanguage("en");
        const QJsonObject def = territori::testing::importDefinition();
        QStringList errors;
        const QJsonArray layers = def["layers"].toArray();
        m_aree = *parseLayerDef(layers[0].toObject(), def["valueLists"].toObject(), errors);
        m_punti = *parseLayerDef(layers[1].toObject(), def["valueLists"].toObject(), errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
    }

    void namesCompareWithoutCaseAccentsOrPunctuation()
    {
        QCOMPARE(normalizedName("Città_Studi"), QStringLiteral("cittastudi"));
        QCOMPARE(normalizedName("SUPERFICIE_MQ"), normalizedName("superficie mq"));
        QCOMPARE(normalizedName("Perù"), QStringLiteral("peru"));
    }

    void columnsAreMatchedByNameLabelOrShapefileCut()
    {
        // "Superficie (m²)" is the field's label; "SUPERFICIE" a DBF's cut of superficie_mq; "Data del rilievo" the
        // label of rilievo; photos are never matched.
        const QStringList columns{"NOME", "Superficie (m²)", "COMUNE", "foto", "Data del rilievo", "altro"};
        const std::vector<FieldMap> m = matchFields(m_aree, columns);
        QHash<QString, QString> by;
        for (const FieldMap &f : m)
            by.insert(f.target, f.source);
        QCOMPARE(by["nome"], QStringLiteral("NOME"));
        QCOMPARE(by["comune"], QStringLiteral("COMUNE"));
        QCOMPARE(by["superficie_mq"], QStringLiteral("Superficie (m²)"));
        QCOMPARE(by["rilievo"], QStringLiteral("Data del rilievo"));
        QCOMPARE(by["foto"], QString());
        QCOMPARE(by["piani"], QString());
        QCOMPARE(int(m.size()), int(m_aree.fields.size()));

        const std::vector<FieldMap> cut = matchFields(m_aree, {"SUPERFICIE", "NOME"});
        QCOMPARE(cut[2].target, QStringLiteral("superficie_mq"));
        QCOMPARE(cut[2].source, QStringLiteral("SUPERFICIE"));
        QVERIFY(cut[2].automatic);
        // Each column is used once.
        const std::vector<FieldMap> once = matchFields(m_aree, {"nome"});
        int uses = 0;
        for (const FieldMap &f : once)
            uses += f.source == "nome" ? 1 : 0;
        QCOMPARE(uses, 1);
    }

    void numbersTakeDecimalCommasAndThousands()
    {
        QCOMPARE(convert(m_aree, "superficie_mq", "1234,5").toDouble(), 1234.5);
        QCOMPARE(convert(m_aree, "superficie_mq", "1.234,5").toDouble(), 1234.5);
        QCOMPARE(convert(m_aree, "superficie_mq", 12.25).toDouble(), 12.25);
        QCOMPARE(convert(m_aree, "piani", "3,0").toLongLong(), 3);
        QCOMPARE(convert(m_aree, "piani", 4.0).toLongLong(), 4);
        QString error;
        QVERIFY(!convert(m_aree, "piani", "3,5", &error).isValid());
        QVERIFY2(error.contains("'3,5' is not a whole number"), qPrintable(error));
        QVERIFY(!convert(m_aree, "superficie_mq", "molta", &error).isValid());
        QVERIFY(error.contains("molta"));
    }

    void datesInTheFormsMunicipalFilesUse()
    {
        for (const char *s : {"2024-05-06", "2024/05/06", "06/05/2024", "06-05-2024", "06.05.2024", "20240506"})
            QCOMPARE(convert(m_aree, "rilievo", QString::fromLatin1(s)).toDate(), QDate(2024, 5, 6));
        QCOMPARE(convert(m_aree, "rilievo", QDate(2024, 5, 6)).toDate(), QDate(2024, 5, 6));
        QString error;
        QVERIFY(!convert(m_aree, "rilievo", "ieri", &error).isValid());
        QVERIFY(error.contains("ieri"));
        // Times without a zone are Italian civil time: summer time in July.
        QCOMPARE(convert(m_punti, "aperto_il", "15/07/2024 10:30").toDateTime(),
                 QDateTime(QDate(2024, 7, 15), QTime(8, 30), Qt::UTC));
        QCOMPARE(convert(m_punti, "aperto_il", "2024-07-15T10:30:00Z").toDateTime(),
                 QDateTime(QDate(2024, 7, 15), QTime(10, 30), Qt::UTC));
    }

    void yesNoInItalianAndAsNumbers()
    {
        for (const char *y : {"S", "sì", "si", "Y", "true", "1", "VERO", "T"})
            QCOMPARE(convert(m_aree, "vincolo", QString::fromUtf8(y)), QVariant(true));
        for (const char *n : {"N", "no", "false", "0", "Falso", "F"})
            QCOMPARE(convert(m_aree, "vincolo", QString::fromUtf8(n)), QVariant(false));
        QCOMPARE(convert(m_aree, "vincolo", qlonglong(1)), QVariant(true));
        QString error;
        QVERIFY(!convert(m_aree, "vincolo", "forse", &error).isValid());
        QVERIFY(error.contains("forse"));
        QVERIFY(!convert(m_aree, "vincolo", qlonglong(2), &error).isValid());
    }

    void choicesByValueIgnoringCaseAndAccentsOrByLabel()
    {
        QCOMPARE(convert(m_aree, "comune", "MILANO").toString(), QStringLiteral("Milano"));
        QCOMPARE(convert(m_aree, "comune", "sesto san giovanni").toString(), QStringLiteral("Sesto San Giovanni"));
        QCOMPARE(convert(m_punti, "tipo", "Hospital").toString(), QStringLiteral("ospedale"));
        // Not a choice: kept as written, so the check names it.
        QCOMPARE(convert(m_aree, "comune", "Roma").toString(), QStringLiteral("Roma"));
    }

    void textFromNumbersAndEmptyValues()
    {
        QCOMPARE(convert(m_aree, "codice", 12.0).toString(), QStringLiteral("12"));
        QCOMPARE(convert(m_aree, "codice", 12.5).toString(), QStringLiteral("12.5"));
        QVERIFY(!convert(m_aree, "nome", "   ").isValid());
        QVERIFY(!convert(m_aree, "nome", QVariant()).isValid());
    }
};

QTEST_GUILESS_MAIN(TestFieldMatch)
#include "tst_fieldmatch.moc"

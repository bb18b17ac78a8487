#include "language.h"
#include "layerdef.h"
#include "testsupport.h"

#include <QtTest>

using namespace territori::store;

class TestLayerDef : public QObject
{
    Q_OBJECT

    LayerDef m_layer;

    LayerDef parse(const QJsonObject &layer, QStringList &errors)
    {
        auto l = parseLayerDef(layer, QJsonObject(), errors);
        return l ? *l : LayerDef();
    }

private slots:
    void initTestCase()
    {
        const QJsonObject def = territori::testing::smallDefinition();
        QStringList errors;
        auto l = parseLayerDef(def["layers"].toArray()[0].toObject(), def["valueLists"].toObject(), errors);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join('\n')));
        m_layer = *l;
    }

    void init() { setUiLanguage(QStringLiteral("en")); }

    void demoProjectLayersParseCleanly()
    {
        const QJsonObject def = territori::testing::demoDefinition();
        QVERIFY(!def.isEmpty());
        const QJsonArray layers = def["layers"].toArray();
        QCOMPARE(layers.size(), 10); // five survey layers, and drafts, comments, contributions, tables, participants
        for (const auto &lv : layers) {
            QStringList errors;
            auto l = parseLayerDef(lv.toObject(), def["valueLists"].toObject(), errors);
            QVERIFY2(l && errors.isEmpty(), qPrintable(errors.join('\n')));
            if (const FieldDef *comune = l->field(QStringLiteral("comune")))
                QCOMPARE(int(comune->options.size()), 133); // the value list, resolved
            QCOMPARE(l->json.value("name").toString(), l->name);
        }
    }

    void unknownFieldTypeNamesLayerFieldAndType()
    {
        QStringList errors;
        const LayerDef l = parse(QJsonDocument::fromJson(R"({"name":"x","geometry":"point","fields":[{"name":"ok","type":"text"},{"name":"strano","type":"barcode"}]})").object(), errors);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors[0].contains("layer 'x'"));
        QVERIFY(errors[0].contains("field 'strano'"));
        QVERIFY(errors[0].contains("'barcode'"));
        QCOMPARE(l.definitionErrors, errors);
        QVERIFY(l.field("ok"));
    }

    void badDefinitionsAreReported_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("reserved field") << R"({"name":"x","geometry":"point","fields":[{"name":"uuid","type":"text"}]})" << "reserved";
        QTest::newRow("bad geometry") << R"({"name":"x","geometry":"circle","fields":[]})" << "circle";
        QTest::newRow("missing list") << R"({"name":"x","geometry":"point","fields":[{"name":"c","type":"choice","options":"nope"}]})" << "'nope'";
        QTest::newRow("bad pattern") << R"({"name":"x","geometry":"point","fields":[{"name":"c","type":"text","pattern":"[z-a]"}]})" << "pattern";
        QTest::newRow("forward visibleIf") << R"({"name":"x","geometry":"point","fields":[{"name":"a","type":"text","visibleIf":{"field":"b","notEmpty":true}},{"name":"b","type":"text"}]})" << "'b'";
        QTest::newRow("min > max") << R"({"name":"x","geometry":"point","fields":[{"name":"a","type":"integer","min":5,"max":1}]})" << "min";
    }

    void badDefinitionsAreReported()
    {
        QFETCH(QString, json);
        QFETCH(QString, expected);
        QStringList errors;
        parse(QJsonDocument::fromJson(json.toUtf8()).object(), errors);
        QVERIFY2(!errors.isEmpty(), "expected an error");
        QVERIFY2(errors.join('\n').contains(expected), qPrintable(errors.join('\n')));
    }

    void reservedLayerNamesAreRefused()
    {
        QStringList errors;
        QVERIFY(!parseLayerDef(QJsonDocument::fromJson(R"({"name":"gpkg_contents","geometry":"point"})").object(), {},
                               errors));
        QVERIFY(!errors.isEmpty());
    }

    void normalizeConvertsFormInput()
    {
        QString err;
        QCOMPARE(normalizeValue(*m_layer.field("superficie"), QStringLiteral("12,5"), &err).toDouble(), 12.5);
        QCOMPARE(normalizeValue(*m_layer.field("piani"), QStringLiteral(" 3 "), &err).toLongLong(), 3);
        QCOMPARE(normalizeValue(*m_layer.field("piani"), 3.0, &err).toLongLong(), 3);
        QCOMPARE(normalizeValue(*m_layer.field("visita"), QStringLiteral("2026-10-14"), &err).toDate(), QDate(2026, 10, 14));
        QCOMPARE(normalizeValue(*m_layer.field("rilevato"), QStringLiteral("2026-10-14T10:30:00+02:00"), &err).toDateTime(),
                 QDateTime(QDate(2026, 10, 14), QTime(8, 30), Qt::UTC));
        QCOMPARE(normalizeValue(*m_layer.field("usi"), QStringLiteral("[\"a\",\"c\",\"a\"]"), &err).toStringList(),
                 QStringList({"a", "c"}));
        QCOMPARE(normalizeValue(*m_layer.field("usi"), QVariantList{"b"}, &err).toStringList(), QStringList({"b"}));
        QCOMPARE(normalizeValue(*m_layer.field("contaminato"), QStringLiteral("sì"), &err).toBool(), true);
        QVERIFY(err.isEmpty());
        QVERIFY(normalizeValue(*m_layer.field("nome"), QStringLiteral(""), &err).isNull());
    }

    void normalizeRejectsWhatItCannotConvert_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("integer") << "piani" << "tre";
        QTest::newRow("fraction") << "piani" << "2.5";
        QTest::newRow("decimal") << "superficie" << "12 mq";
        QTest::newRow("date") << "visita" << "14/10/2026";
        QTest::newRow("bool") << "contaminato" << "forse";
    }

    void normalizeRejectsWhatItCannotConvert()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QString err;
        normalizeValue(*m_layer.field(field), value, &err);
        QVERIFY2(err.contains(value), qPrintable(err));
        QVERIFY2(err.contains(m_layer.field(field)->label.en), qPrintable(err));
    }

    void constraintsSayWhichFieldAndWhy_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("max") << "superficie" << QVariant(1000.5) << "at most 1000";
        QTest::newRow("min") << "piani" << QVariant(qlonglong(0)) << "at least 1";
        QTest::newRow("pattern") << "codice" << QVariant("at-12") << "e.g. AT-12";
        QTest::newRow("length") << "nome" << QVariant(QString(21, 'x')) << "at most 20";
        QTest::newRow("choice") << "comune" << QVariant("Parigi") << "'Parigi'";
        QTest::newRow("photos") << "foto" << QVariant(QStringList{QString(64, 'a'), QString(64, 'b'), QString(64, 'c')}) << "at most 2";
        QTest::newRow("photo ref") << "foto" << QVariant(QStringList{"../../etc/passwd"}) << "not a photo";
    }

    void constraintsSayWhichFieldAndWhy()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        QFETCH(QString, expected);
        auto issue = checkValue(*m_layer.field(field), value);
        QVERIFY(issue);
        QCOMPARE(issue->field, field);
        QCOMPARE(int(issue->severity), int(FieldIssue::Severity::Error));
        QVERIFY2(issue->message.contains(expected), qPrintable(issue->message));
    }

    void validValuesPass()
    {
        QVERIFY(!checkValue(*m_layer.field("codice"), QStringLiteral("AT-12")));
        QVERIFY(!checkValue(*m_layer.field("superficie"), 1000.0));
        QVERIFY(!checkValue(*m_layer.field("comune"), QStringLiteral("Rho")));
    }

    void hiddenRequiredFieldIsNotRequired()
    {
        QVariantMap values{{"nome", "A"}, {"comune", "Rho"}, {"contaminato", false}};
        QVERIFY(!isVisible(m_layer, *m_layer.field("note_bonifica"), values));
        QVERIFY(validateRecord(m_layer, values).empty());
        values["contaminato"] = true;
        QVERIFY(isVisible(m_layer, *m_layer.field("note_bonifica"), values));
        const auto issues = validateRecord(m_layer, values);
        QCOMPARE(int(issues.size()), 1);
        QCOMPARE(issues[0].field, QStringLiteral("note_bonifica"));
        QCOMPARE(int(issues[0].severity), int(FieldIssue::Severity::Missing));
    }

    void messagesFollowTheLanguage()
    {
        setUiLanguage(QStringLiteral("it"));
        QStringList errors;
        const LayerDef l = parse(QJsonDocument::fromJson(
                                     R"({"name":"x","geometry":"point","fields":[{"name":"n","type":"integer","label":{"it":"Numero","en":"Number"},"max":3}]})")
                                     .object(),
                                 errors);
        auto issue = checkValue(*l.field("n"), qlonglong(9));
        QVERIFY(issue->message.contains("Numero"));
        setUiLanguage(QStringLiteral("en"));
        issue = checkValue(*l.field("n"), qlonglong(9));
        QVERIFY(issue->message.contains("Number"));
    }

    void storageRoundTrips()
    {
        const QVariantMap values{{"superficie", 12.5}, {"piani", qlonglong(2)}, {"visita", QDate(2026, 1, 2)},
                                 {"rilevato", QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC)},
                                 {"contaminato", true}, {"usi", QStringList{"a", "b"}}, {"nome", "Ex Falck"}};
        for (auto it = values.cbegin(); it != values.cend(); ++it) {
            const FieldDef &f = *m_layer.field(it.key());
            QCOMPARE(fromStorage(f, toStorage(f, it.value())), it.value());
        }
        QCOMPARE(toStorage(*m_layer.field("rilevato"), values["rilevato"]).toString(),
                 QStringLiteral("2026-01-02T03:04:05.006Z"));
    }
};

QTEST_GUILESS_MAIN(TestLayerDef)
#include "tst_layerdef.moc"

// The WFS-T dialect: what the sync writes must be what QGIS Server 3.22 accepts without hanging, and what it reads
// must be refused, with a message that says what came instead, whenever it is not what was asked for.

#include "project.h"
#include "testsupport.h"
#include "wfs.h"

#include <QUrlQuery>
#include <QXmlStreamReader>
#include <QtTest>

using namespace territori::store;
using namespace territori::sync;

class TestWfs : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Project> m_project;

    static QByteArray sample(const char *name)
    {
        QFile f(territori::testing::sourceDir() + QStringLiteral("/tests/data/wfs/") + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing test data %s", name);
        return f.readAll();
    }

    static QStringList elementNames(const QByteArray &xml)
    {
        QStringList out;
        QXmlStreamReader r(xml);
        while (!r.atEnd())
            if (r.readNext() == QXmlStreamReader::StartElement)
                out << r.qualifiedName().toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        m_project = Project::create(m_tmp.path() + "/p", territori::testing::smallDefinition());
    }

    void transactionHasOneFeaturePerInsertAndLongitudeFirst()
    {
        wfs::InsertAction a;
        a.typeName = "punti";
        a.handle = "op-1";
        a.properties = {{"uuid", QStringLiteral("u-1")}, {"nome", QStringLiteral("Cascina Merlata")}};
        a.geometry = Geometry::point({9.1, 45.5});
        wfs::InsertAction b = a;
        b.handle = "op-2";
        const QByteArray xml = wfs::encodeTransaction({a, b}, {});
        const QStringList names = elementNames(xml);
        QCOMPARE(names.count("wfs:Insert"), 2);
        QCOMPARE(names.count("qgs:punti"), 2);
        QVERIFY2(xml.contains("<gml:pos>9.0999999999999996 45.5</gml:pos>") || xml.contains("<gml:pos>9.1 45.5</gml:pos>"),
                 xml.constData());
        QVERIFY(xml.contains("handle=\"op-1\""));
        QVERIFY(!xml.contains("qgs:geometry/>"));
    }

    void nonAsciiAndMarkupAreEscapedAndControlCharactersReplaced()
    {
        QCOMPARE(wfs::xmlEscape(QStringLiteral("Città – <b>&\"'")),
                 QStringLiteral("Citt&#224; &#8211; &lt;b&gt;&amp;&quot;&apos;"));
        QCOMPARE(wfs::xmlEscape(QString::fromUtf8("a\x01" "b\tc")), QStringLiteral("a&#65533;b\tc"));
        QCOMPARE(wfs::xmlEscape(QString::fromUtf8("\xF0\x9F\x8C\xB3")), QStringLiteral("&#127795;")); // outside BMP
        // The body is pure ASCII (the QGIS development server hangs on raw UTF-8) and well-formed.
        wfs::InsertAction a;
        a.typeName = "punti";
        a.handle = "h";
        a.properties = {{"nome", QStringLiteral("Sesto 1° Maggio – è")}};
        const QByteArray xml = wfs::encodeTransaction({a}, {});
        for (char c : xml)
            QVERIFY(uchar(c) < 0x80);
        QXmlStreamReader r(xml);
        QString text;
        while (!r.atEnd())
            if (r.readNext() == QXmlStreamReader::StartElement && r.name() == QLatin1String("punti"))
                text = r.readElementText(QXmlStreamReader::IncludeChildElements);
        QVERIFY(!r.hasError());
        QCOMPARE(text, QStringLiteral("Sesto 1° Maggio – è"));
    }

    void updateIsCompareAndSetOnUuidAndRevAndNullHasNoValue()
    {
        wfs::UpdateAction u;
        u.typeName = "punti";
        u.handle = "op-3";
        u.uuid = "u-1";
        u.rev = 42;
        u.properties = {{"nome", std::nullopt}, {"base_rev", QStringLiteral("42")}};
        const QByteArray xml = wfs::encodeTransaction({}, {u});
        QVERIFY(xml.contains("<wfs:Property><wfs:Name>nome</wfs:Name></wfs:Property>"));
        QVERIFY(xml.contains("<ogc:PropertyName>uuid</ogc:PropertyName><ogc:Literal>u-1</ogc:Literal>"));
        QVERIFY(xml.contains("<ogc:PropertyName>rev</ogc:PropertyName><ogc:Literal>42</ogc:Literal>"));
        QVERIFY(xml.contains("<ogc:And>"));
        // A filter always: an Update without one changes every row.
        wfs::UpdateAction v = u;
        v.rev.reset();
        QVERIFY(wfs::encodeTransaction({}, {v}).contains("<ogc:Filter><ogc:PropertyIsEqualTo>"));
    }

    void polygonsHaveRingsAsPosLists()
    {
        const Geometry g = Geometry::polygon({{9, 45}, {9.1, 45}, {9.1, 45.1}, {9, 45}}, {{{9.02, 45.02}, {9.03, 45.02}, {9.03, 45.03}, {9.02, 45.02}}});
        const QString gml = wfs::encodeGml(g);
        QVERIFY(gml.startsWith("<gml:Polygon srsName=\"EPSG:4326\"><gml:exterior><gml:LinearRing><gml:posList>9 45 9.0999"));
        QCOMPARE(gml.count("<gml:interior>"), 1);
        QVERIFY(wfs::encodeGml(Geometry::lineString({{9, 45}, {9.5, 45.5}})).contains("<gml:posList>9 45 9.5 45.5</gml:posList>"));
    }

    void valuesAreWrittenAsTheSitColumnsExpect()
    {
        const LayerDef &siti = *m_project->layer("siti");
        QCOMPARE(*wfs::encodeValue(*siti.field("piani"), 3.0).text, QString("3"));
        QCOMPARE(*wfs::encodeValue(*siti.field("superficie"), 12.25).text, QString("12.25"));
        QCOMPARE(*wfs::encodeValue(*siti.field("contaminato"), true).text, QString("true"));
        QCOMPARE(*wfs::encodeValue(*siti.field("visita"), QStringLiteral("2026-11-30")).text, QString("2026-11-30"));
        QCOMPARE(*wfs::encodeValue(*siti.field("rilevato"), QStringLiteral("2026-11-30T11:15:00+01:00")).text,
                 QString("2026-11-30T10:15:00.000Z"));
        QCOMPARE(*wfs::encodeValue(*siti.field("usi"), QJsonArray{"a", "c"}).text, QString("[\"a\",\"c\"]"));
        QVERIFY(wfs::encodeValue(*siti.field("nome"), QJsonValue::Null).ok());
        QVERIFY(!wfs::encodeValue(*siti.field("nome"), QJsonValue::Null).text);
        QVERIFY(!wfs::encodeValue(*siti.field("nome"), QStringLiteral("")).text);
    }

    // Issue #10.2: what a desktop GIS can leave in a column is never turned into NULL or another value on the way:
    // the encoder says why it cannot send it.
    void valuesThatCannotTravelAreRefusedWithTheirReason_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("word in an integer") << "piani" << QJsonValue("tanti") << "tanti";
        QTest::newRow("1e20 in an integer") << "piani" << QJsonValue(1e20) << "whole number";
        QTest::newRow("decimal comma in an integer") << "piani" << QJsonValue("12,5") << "12,5";
        QTest::newRow("Italian thousands in an integer") << "piani" << QJsonValue("1.500") << "1.500";
        QTest::newRow("Italian thousands and comma") << "superficie" << QJsonValue("1.234,5") << "1.234,5";
        QTest::newRow("vero") << "contaminato" << QJsonValue("vero") << "vero";
        QTest::newRow("Italian date and time") << "rilevato" << QJsonValue("07/12/2026 10:15") << "07/12/2026";
        QTest::newRow("Italian date") << "visita" << QJsonValue("01/12/2026") << "01/12/2026";
        QTest::newRow("epoch seconds as a date") << "visita" << QJsonValue(1764547200.0) << "1764547200";
        QTest::newRow("control character") << "nome" << QJsonValue(QStringLiteral("a\u0007b")) << "U+0007";
        QTest::newRow("emoji") << "nome" << QJsonValue(QString::fromUtf8("ok \xF0\x9F\x98\x80")) << "U+1F600";
    }
    void valuesThatCannotTravelAreRefusedWithTheirReason()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, reason);
        const wfs::EncodedValue v = wfs::encodeValue(*m_project->layer("siti")->field(field), value);
        QVERIFY(!v.ok());
        QVERIFY(!v.text);
        QVERIFY2(v.error.contains(reason), qPrintable(v.error));
    }

    void transactionResponseIsRead()
    {
        // (moc of Qt 5.15 loses its way in a raw string with a quote character: plain literals here.)
        const QByteArray body =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<TransactionResponse xmlns=\"http://www.opengis.net/wfs\" xmlns:ogc=\"http://www.opengis.net/ogc\" "
            "version=\"1.1.0\"><TransactionSummary><totalInserted>1</totalInserted><totalUpdated>2</totalUpdated>"
            "<totalDeleted>0</totalDeleted></TransactionSummary><TransactionResults><Action locator=\"op-9\">"
            "<Message>Insert features failed on layer 'punti'</Message></Action></TransactionResults><InsertResults>"
            "<Feature handle=\"op-1\"><ogc:FeatureId fid=\"punti.u-1\"/></Feature></InsertResults>"
            "</TransactionResponse>";
        wfs::TransactionResult r;
        QString error;
        QVERIFY2(wfs::parseTransactionResponse(body, r, &error), qPrintable(error));
        QCOMPARE(r.totalInserted, 1);
        QCOMPARE(r.totalUpdated, 2);
        QCOMPARE(r.inserted.value("op-1"), QString("punti.u-1"));
        QCOMPARE(r.failures.value("op-9"), QString("Insert features failed on layer 'punti'"));
    }

    void brokenTransactionRepliesAreErrorsThatSayWhatCame_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("html page") << QByteArray("<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>")
                                   << "web page";
        QTest::newRow("truncated") << QByteArray("<TransactionResponse xmlns=\"http://www.opengis.net/wfs\"><Transaction"
                                                 "Summary><totalInserted>1</totalIns")
                                   << "cut off";
        QTest::newRow("exception") << QByteArray("<ServiceExceptionReport version=\"1.2.0\"><ServiceException code=\""
                                                 "RequestNotWellFormed\">Insert action element must have one or more "
                                                 "child node</ServiceException></ServiceExceptionReport>")
                                   << "must have one or more child node";
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("json") << QByteArray("{\"ok\":true}") << "something other";
    }

    void brokenTransactionRepliesAreErrorsThatSayWhatCame()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        wfs::TransactionResult r;
        QString error;
        QVERIFY(!wfs::parseTransactionResponse(body, r, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void featurePageIsRead()
    {
        const QByteArray body = sample("feature-page.json");
        wfs::FeaturePage page;
        QString error;
        QVERIFY2(wfs::parseFeaturePage(body, m_project->layer("siti"), page, &error), qPrintable(error));
        QCOMPARE(page.features.size(), size_t(2));
        QCOMPARE(page.maxRev, qint64(18));
        const RemoteFeature &a = page.features[0];
        QCOMPARE(a.uuid, QString("u-1"));
        QCOMPARE(a.rev, qint64(17));
        QCOMPARE(a.lastOp, QString("op-1"));
        QCOMPARE(a.geometry.type, GeometryType::Polygon);
        QCOMPARE(a.attributes.value("piani").toLongLong(), 2LL);
        QCOMPARE(a.attributes.value("visita").toDate(), QDate(2026, 11, 30));
        QCOMPARE(a.attributes.value("rilevato").toDateTime(), QDateTime(QDate(2026, 11, 30), QTime(10, 15, 0, 123), Qt::UTC));
        QCOMPARE(a.attributes.value("usi").toStringList(), QStringList({"a", "b"}));
        QVERIFY(!a.attributes.contains("foto"));
        QVERIFY(page.features[1].deleted);
        // A value this device cannot hold is named, not silently changed into something else.
        QCOMPARE(page.warnings.size(), 1);
        QVERIFY(page.warnings[0].contains("u-2"));
        QVERIFY(page.warnings[0].contains("tre"));
    }

    void brokenFeaturePagesAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("truncated json") << sample("truncated-page.json")
                                        << "cut off";
        QTest::newRow("html") << QByteArray("<html><body>Service unavailable</body></html>") << "web page";
        QTest::newRow("exception") << QByteArray("<ServiceExceptionReport><ServiceException>Layer not found</ServiceException></ServiceExceptionReport>")
                                   << "Layer not found";
        QTest::newRow("not a collection") << sample("not-a-collection.json") << "not a GeoJSON FeatureCollection";
        QTest::newRow("no revision") << sample("no-revision.json")
                                     << "no revision";
        QTest::newRow("bad geometry") << sample("bad-geometry.json")
                                      << "geometry";
    }

    void brokenFeaturePagesAreRefusedWhole()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        wfs::FeaturePage page;
        QString error;
        QVERIFY(!wfs::parseFeaturePage(body, m_project->layer("siti"), page, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(page.features.empty());
    }

    void tombstonesNameTheirLayer()
    {
        const QByteArray body = sample("tombstones.json");
        wfs::FeaturePage page;
        QString error;
        QVERIFY(wfs::parseFeaturePage(body, nullptr, page, &error));
        QCOMPARE(page.features[0].layer, QString("punti"));
        QVERIFY(page.features[0].tombstone);
        QVERIFY(page.features[0].deleted);
    }

    void describeFeatureTypeListsProperties()
    {
        const QByteArray body = sample("describe-punti.xml");
        QHash<QString, QStringList> props;
        QString error;
        QVERIFY2(wfs::parseDescribeFeatureType(body, props, &error), qPrintable(error));
        QCOMPARE(props.value("punti"), QStringList({"geometry", "uuid", "rev", "nome"}));
    }

    void changeFeedIsAPostedQuerySortedByRevision()
    {
        const QByteArray body = wfs::changesRequest("punti", 41, 5041, 1000);
        QXmlStreamReader r(body);
        QStringList names;
        QStringList literals;
        QString order, max;
        while (!r.atEnd()) {
            if (r.readNext() != QXmlStreamReader::StartElement)
                continue;
            names << r.name().toString();
            if (r.name() == QLatin1String("GetFeature"))
                max = r.attributes().value("maxFeatures").toString();
            else if (r.name() == QLatin1String("Literal"))
                literals << r.readElementText();
            else if (r.name() == QLatin1String("SortOrder"))
                order = r.readElementText();
        }
        QVERIFY(!r.hasError());
        QVERIFY(names.contains("PropertyIsGreaterThan"));
        QCOMPARE(literals, QStringList({"41", "5041"}));
        QVERIFY(names.contains("PropertyIsLessThanOrEqualTo"));
        QCOMPARE(order, QString("ASC"));
        QCOMPARE(max, QString("1000"));
        const QByteArray hits = wfs::changesRequest("punti", 7, std::nullopt, 0, true);
        QVERIFY(hits.contains("resultType=\"hits\""));
        QVERIFY(!hits.contains("SortBy")); // a count needs no order
        QVERIFY(!hits.contains("LessThan"));
        const QUrl ids = wfs::featuresByIdUrl(QUrl("http://h/ows/"), "punti", {"a", "b"});
        QCOMPARE(QUrlQuery(ids).queryItemValue("FEATUREID", QUrl::FullyDecoded), QString("punti.a,punti.b"));
    }
};

QTEST_GUILESS_MAIN(TestWfs)
#include "tst_wfs.moc"

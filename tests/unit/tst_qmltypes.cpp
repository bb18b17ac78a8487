// The QML module Territori.Map as map::registerQmlTypes() registers it for the app, the QML tests and the benchmarks:
// a FeatureCanvas gets the MapScene it is given (bench_pan once measured a canvas without one because the scene's type
// was not registered: "Unable to assign territori::map::MapScene to [unknown property type]").

#include "featurecanvas.h"
#include "labelmodel.h"
#include "mapscene.h"
#include "qmltypes.h"

#include <QQmlComponent>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlError>
#include <QtTest>

#include <memory>

using namespace territori::map;

class TestQmlTypes : public QObject
{
    Q_OBJECT

    // Creates `qml` in a fresh engine that knows `scene` as mapScene; every warning the engine reports goes into
    // `warnings`.
    std::unique_ptr<QObject> create(const QByteArray &qml, MapScene &scene, QStringList &warnings, QString *error = nullptr)
    {
        m_engine = std::make_unique<QQmlEngine>();
        m_engine->setOutputWarningsToStandardError(false);
        connect(m_engine.get(), &QQmlEngine::warnings, this, [&warnings](const QList<QQmlError> &list) {
            for (const QQmlError &e : list)
                warnings << e.toString();
        });
        m_engine->rootContext()->setContextProperty(QStringLiteral("mapScene"), &scene);
        QQmlComponent component(m_engine.get());
        component.setData(qml, QUrl(QStringLiteral("qrc:/tst_qmltypes.qml")));
        if (error)
            *error = component.errorString();
        if (component.isError())
            return nullptr;
        return std::unique_ptr<QObject>(component.create());
    }

    std::unique_ptr<QQmlEngine> m_engine;

private slots:
    void initTestCase()
    {
        registerQmlTypes();
        registerQmlTypes(); // a second call (the app registers once per opened project) changes nothing
    }

    void canvasGetsItsScene()
    {
        MapScene scene;
        QStringList warnings;
        auto o = create("import QtQuick 2.15\nimport Territori.Map 1.0\n"
                        "FeatureCanvas { width: 100; height: 100; scene: mapScene }\n",
                        scene, warnings);
        QVERIFY(o);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
        auto *canvas = qobject_cast<FeatureCanvas *>(o.get());
        QVERIFY(canvas);
        QCOMPARE(canvas->scene(), &scene);
        // And through a binding, as the benchmark's and the app's QML assign it.
        QCOMPARE(o->property("scene").value<MapScene *>(), &scene);
    }

    void sceneAndLabelModelAreNamedTypes()
    {
        MapScene scene;
        QStringList warnings;
        auto o = create("import QtQuick 2.15\nimport Territori.Map 1.0\n"
                        "Item { property MapScene s: mapScene; property LabelModel labels: null }\n",
                        scene, warnings);
        QVERIFY(o);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join('\n')));
        QCOMPARE(o->property("s").value<MapScene *>(), &scene);
    }

    void sceneIsNotCreatableInQml()
    {
        MapScene scene;
        QStringList warnings;
        QString error;
        auto o = create("import QtQuick 2.15\nimport Territori.Map 1.0\nMapScene {}\n", scene, warnings, &error);
        QVERIFY(!o);
        QVERIFY2(error.contains(QStringLiteral("owned by C++")), qPrintable(error));
    }
};

QTEST_MAIN(TestQmlTypes)
#include "tst_qmltypes.moc"

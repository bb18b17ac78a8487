// The layout check's own rules (app/ui/layoutcheck.h), on small windows made for each: what it must find, and what it
// must leave alone because it is not on screen (invisible, transparent, clipped away, scrolled away).

#include "layoutcheck.h"

#include <QGuiApplication>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickWindow>
#include <QTest>

#include <memory>

using territori::ui::LayoutFinding;
using territori::ui::checkWindowLayout;

class TestLayoutCheck : public QObject
{
    Q_OBJECT

private:
    QQmlEngine m_engine;

    // A 400x300 window around the QML given (its items are the window's children).
    QVector<LayoutFinding> check(const QByteArray &items)
    {
        const QByteArray qml = "import QtQuick 2.15\nimport QtQuick.Window 2.15\nimport QtQuick.Controls 2.15\n"
                               "Window { width: 400; height: 300; visible: true\n" +
                               items + "\n}\n";
        QQmlComponent component(&m_engine);
        component.setData(qml, QUrl(QStringLiteral("qrc:/qml/Probe.qml")));
        std::unique_ptr<QObject> object(component.create());
        if (!object) {
            qWarning() << component.errors();
            return {{LayoutFinding::CutText, QStringLiteral("QML error"), QString(), QString(), QRectF()}};
        }
        auto *window = qobject_cast<QQuickWindow *>(object.get());
        window->resize(400, 300);
        QCoreApplication::processEvents();
        return checkWindowLayout(window);
    }

    static int count(const QVector<LayoutFinding> &findings, LayoutFinding::Kind kind)
    {
        int n = 0;
        for (const LayoutFinding &f : findings)
            n += f.kind == kind;
        return n;
    }

    static QString dump(const QVector<LayoutFinding> &findings)
    {
        QStringList lines;
        for (const LayoutFinding &f : findings)
            lines << territori::ui::kindName(f.kind) + QStringLiteral(": ") + f.item + QStringLiteral(": ") + f.detail +
                         QStringLiteral(" [") + f.location + QLatin1Char(']');
        return lines.join(QLatin1Char('\n'));
    }

private slots:
    void nothingOnACleanWindow()
    {
        const auto f = check("Button { x: 10; y: 10; width: 120; height: 48; text: \"Salva\" }\n"
                             "Text { x: 10; y: 80; width: 300; text: \"Testo breve\"; elide: Text.ElideRight }\n"
                             "Text { x: 10; y: 120; width: 100; wrapMode: Text.WordWrap; "
                             "text: \"un testo lungo che va a capo su più righe\" }");
        QVERIFY2(f.isEmpty(), qPrintable(dump(f)));
    }

    void elidedText()
    {
        const auto f = check("Text { objectName: \"title\"; x: 10; y: 10; width: 60; elide: Text.ElideRight; "
                             "text: \"Aree dismesse da rigenerare\" }");
        QCOMPARE(count(f, LayoutFinding::ElidedText), 1);
        QVERIFY(f.first().item.contains(QLatin1String("#title")));
        // The QML file and line that declare it.
        QVERIFY2(f.first().location.startsWith(QLatin1String("qml/Probe.qml:")), qPrintable(f.first().location));
    }

    void linesDroppedByMaximumLineCount()
    {
        const auto f = check("Text { x: 10; y: 10; width: 80; wrapMode: Text.WordWrap; maximumLineCount: 1; "
                             "text: \"una frase che non sta su una riga\" }");
        QCOMPARE(count(f, LayoutFinding::ElidedText), 1);
        QVERIFY2(f.first().detail.startsWith(QLatin1String("lines dropped")), qPrintable(f.first().detail));
        // Elided at the start (Text.ElideLeft is 0) is elided too.
        const auto left = check("Text { x: 10; y: 10; width: 60; elide: Text.ElideLeft; text: \"/home/rilevatore/file.csv\" }");
        QCOMPARE(count(left, LayoutFinding::ElidedText), 1);
        QVERIFY2(left.first().detail.startsWith(QLatin1String("elided")), qPrintable(left.first().detail));
    }

    void textCutByItsOwnClip()
    {
        const auto f = check("Text { x: 10; y: 10; width: 60; clip: true; text: \"Servizi sovracomunali\" }");
        QCOMPARE(count(f, LayoutFinding::CutText), 1);
    }

    void textCutByAClippingParentOrTheWindow()
    {
        QCOMPARE(count(check("Item { x: 10; y: 10; width: 60; height: 40; clip: true\n"
                             "  Text { text: \"Servizi sovracomunali\" } }"),
                       LayoutFinding::CutText),
                 1);
        QCOMPARE(count(check("Text { x: 330; y: 10; text: \"Servizi sovracomunali\" }"), LayoutFinding::CutText), 1);
    }

    void textFieldTooNarrowForItsText()
    {
        const auto f = check("TextField { x: 10; y: 10; width: 80; height: 48; readOnly: true; "
                             "text: \"/home/rilevatore/export/ptm-rilievi.gpkg\" }");
        QCOMPARE(count(f, LayoutFinding::CutText), 1);
        // Squeezed to nothing: none of its text shows.
        QCOMPARE(count(check("TextField { x: 10; y: 10; width: 0; height: 48; readOnly: true; text: \"per nome\" }"),
                       LayoutFinding::CutText),
                 1);
    }

    void controlOutsideTheWindow()
    {
        const auto f = check("Button { x: 340; y: 10; width: 120; height: 48; text: \"Avanti\" }\n"
                             "Button { x: 10; y: 290; width: 120; height: 48; text: \"Sotto\" }\n"
                             "Button { x: 10; y: 600; width: 120; height: 48; text: \"Fuori del tutto\" }");
        QCOMPARE(count(f, LayoutFinding::OutsideWindow), 3);
    }

    void smallTouchTargets()
    {
        const auto f = check("MouseArea { x: 10; y: 10; width: 24; height: 24 }\n"
                             "Button { x: 10; y: 50; width: 120; height: 30; text: \"Basso\" }\n"
                             "Item { x: 10; y: 100; width: 30; height: 30; TapHandler {} }");
        QCOMPARE(count(f, LayoutFinding::SmallTarget), 3);
    }

    void notTargets()
    {
        // Disabled, hover-only, or not interactive at all.
        const auto f = check("Button { x: 10; y: 10; width: 30; height: 30; enabled: false }\n"
                             "MouseArea { x: 10; y: 50; width: 20; height: 20; acceptedButtons: Qt.NoButton; "
                             "hoverEnabled: true }\n"
                             "Label { x: 10; y: 90; text: \"Etichetta\" }\n"
                             "ProgressBar { x: 10; y: 130; width: 200; value: 0.5 }");
        QCOMPARE(count(f, LayoutFinding::SmallTarget), 0);
    }

    void whatIsNotOnScreenIsLeftAlone()
    {
        const auto f = check(
            // invisible, transparent, inside a parent that is
            "Button { x: 380; y: 10; width: 120; height: 20; visible: false; text: \"Nascosto\" }\n"
            "Button { x: 380; y: 40; width: 120; height: 20; opacity: 0; text: \"Trasparente\" }\n"
            "Item { opacity: 0; Text { x: 10; y: 10; width: 30; elide: Text.ElideRight; text: \"Nascosto\" } }\n"
            // clipped away by a parent with clip: true
            "Item { x: 10; y: 200; width: 100; height: 50; clip: true\n"
            "  Button { y: 60; width: 20; height: 20; text: \"Sotto il taglio\" } }\n"
            // delegates of a clipped list, scrolled out of its view
            "ListView { x: 10; y: 10; width: 200; height: 100; clip: true; model: 20\n"
            "  delegate: ItemDelegate { width: 200; height: 48; text: \"Riga \" + index } }\n"
            // a Flickable's content beyond its viewport (reachable by scrolling), even without clip
            "Flickable { x: 220; y: 10; width: 150; height: 150; contentHeight: 1000\n"
            "  Button { y: 500; width: 120; height: 48; text: \"Più giù\" }\n"
            "  Text { y: 700; width: 30; text: \"Testo lontano\" } }");
        QVERIFY2(f.isEmpty(), qPrintable(dump(f)));
    }

    void aListThatRunsPastTheWindowIsOutside()
    {
        // The viewport itself reaches past the window's bottom: what is in it there can never be scrolled into view.
        const auto f = check("ListView { x: 10; y: 200; width: 200; height: 300; clip: true; model: 10; interactive: false\n"
                             "  delegate: ItemDelegate { width: 200; height: 48; text: \"Riga \" + index } }");
        QVERIFY2(count(f, LayoutFinding::OutsideWindow) >= 1, qPrintable(dump(f)));
    }
};

// The windows are shown (the check walks what is on screen), with the software renderer: the tests run on the offscreen
// platform, where there is no OpenGL.
int main(int argc, char *argv[])
{
    qputenv("QT_QUICK_BACKEND", "software");
    QGuiApplication app(argc, argv);
    TestLayoutCheck test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_layoutcheck.moc"

#include "editgateway.h"
#include "featurereader.h"
#include "formcontroller.h"
#include "language.h"
#include "outbox.h"
#include "photostore.h"
#include "project.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace territori::core;
using namespace territori::store;

class TestFormController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_settingsDir;
    QTemporaryDir *m_tmp = nullptr;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<EditGateway> m_gw;
    std::unique_ptr<FormController> m_form;

    static Geometry square(double x = 9.23, double y = 45.53, double s = 0.001)
    {
        return Geometry::polygon({{x, y}, {x + s, y}, {x + s, y + s}, {x, y + s}});
    }

    FormFieldModel *model() { return m_form->fields(); }

    int row(const QString &field)
    {
        for (int i = 0; i < model()->rowCount(); ++i)
            if (model()->data(model()->index(i), FormFieldModel::NameRole).toString() == field)
                return i;
        QTest::qFail(qPrintable(QStringLiteral("the form has no row '%1'").arg(field)), __FILE__, __LINE__);
        return -1;
    }
    QVariant data(const QString &field, int role) { return model()->data(model()->index(row(field)), role); }
    QString error(const QString &field) { return data(field, FormFieldModel::ErrorRole).toString(); }
    bool visible(const QString &field) { return data(field, FormFieldModel::VisibleRole).toBool(); }
    bool missing(const QString &field) { return data(field, FormFieldModel::MissingRole).toBool(); }
    QVariant shown(const QString &field) { return data(field, FormFieldModel::ValueRole); }
    void set(const QString &field, const QVariant &value) { m_form->setValue(row(field), value); }

    // A new site with every required value filled in.
    bool openSite()
    {
        if (!m_form->openNew("siti", square(), std::nullopt, QDateTime()))
            return false;
        set("nome", "Ex Falck");
        set("comune", "Sesto San Giovanni");
        return true;
    }

    qint64 count(const QString &sql)
    {
        Statement st = m_project->db().prepare(sql);
        st.step();
        return st.int64(0);
    }
    qint64 features() { return count("SELECT count(*) FROM siti"); }
    qint64 outbox() { return count("SELECT count(*) FROM territori_outbox"); }
    qint64 attachmentRows() { return count("SELECT count(*) FROM territori_attachments"); }
    QVariant column(const QString &column, const QString &uuid)
    {
        Statement st = m_project->db().prepare(QStringLiteral("SELECT %1 FROM siti WHERE uuid = ?").arg(column));
        st.bind(1, uuid);
        return st.step() ? st.value(0) : QVariant();
    }
    Feature read(const QString &uuid)
    {
        FeatureReader r(m_project->db(), *m_project->layer("siti"));
        return *r.byUuid(uuid);
    }

    QString inbox() const { return QDir(m_tmp->path()).filePath("DCIM"); }
    QString writePhoto(const QString &name, int seed)
    {
        QImage img(480, 360, QImage::Format_RGB32);
        img.fill(QColor(30, 90 + seed, 160));
        QPainter p(&img);
        p.setPen(QPen(Qt::yellow, 5));
        p.drawEllipse(QPoint(100 + seed * 7, 120), 60, 40);
        p.end();
        const QString path = QDir(inbox()).filePath(name);
        return img.save(path, "PNG") ? path : QString();
    }
    static QString sha256(const QString &path)
    {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
    }
    QStringList storedFiles()
    {
        QStringList out;
        QDirIterator it(m_project->attachmentsDirectory(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            out << it.next();
        return out;
    }

    void openProject()
    {
        m_gw = std::make_unique<EditGateway>(*m_project, EditContext{"Giulia Rossi", "tablet-07"});
        m_form = std::make_unique<FormController>(m_project.get(), m_gw.get());
    }

    void closeProject()
    {
        m_form.reset();
        m_gw.reset();
        m_project.reset();
    }

private slots:
    void initTestCase()
    {
        // Remembered values go to a settings file of this test only.
        QCoreApplication::setOrganizationName(QStringLiteral("TerritoriTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_formcontroller"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QVERIFY2(QSettings().fileName().startsWith(m_settingsDir.path()), qPrintable(QSettings().fileName()));
    }

    void cleanupTestCase() { QSettings().clear(); }

    void init()
    {
        setUiLanguage("en");
        QSettings().clear();
        m_tmp = new QTemporaryDir;
        QDir().mkpath(inbox());
        m_project = Project::create(m_tmp->path(), territori::testing::smallDefinition());
        openProject();
    }

    void cleanup()
    {
        closeProject();
        delete m_tmp;
    }

    void aNewFormFollowsTheLayerAndAppliesDefaults()
    {
        QStringList expected;
        const QJsonArray layers = territori::testing::smallDefinition()["layers"].toArray();
        for (const auto &f : layers[0].toObject()["fields"].toArray())
            expected << f.toObject()["name"].toString();

        const QDate dayBefore = QDate::currentDate();
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QSignalSpy opened(m_form.get(), &FormController::openedChanged);
        QVERIFY(m_form->openNew("siti", square(), std::nullopt, QDateTime()));
        const QDateTime after = QDateTime::currentDateTimeUtc();
        QCOMPARE(opened.count(), 1);
        QVERIFY(m_form->isOpen());
        QVERIFY(m_form->isNew());
        QCOMPARE(m_form->layer(), QStringLiteral("siti"));
        QCOMPARE(m_form->layerTitle(), QStringLiteral("Sites"));

        QStringList names;
        for (int i = 0; i < model()->rowCount(); ++i)
            names << model()->data(model()->index(i), FormFieldModel::NameRole).toString();
        QCOMPARE(names, expected);
        QCOMPARE(model()->property("count").toInt(), expected.size());

        // "today" and "now"
        const QStringList days{dayBefore.toString(Qt::ISODate), QDate::currentDate().toString(Qt::ISODate)};
        QVERIFY2(days.contains(shown("visita").toString()), qPrintable(shown("visita").toString()));
        const QDateTime now = m_form->values().value("rilevato").toDateTime();
        QCOMPARE(now.timeSpec(), Qt::UTC);
        QVERIFY(now >= before.addMSecs(-1) && now <= after.addMSecs(1));
        const QDateTime shownNow = QDateTime::fromString(shown("rilevato").toString(), "yyyy-MM-dd HH:mm");
        QVERIFY2(shownNow.isValid(), qPrintable(shown("rilevato").toString()));
        QVERIFY(shownNow > before.addSecs(-60) && shownNow <= after); // local time, to the minute

        // No default: empty, and nothing is written by opening.
        QCOMPARE(shown("nome").toString(), QString());
        QCOMPARE(shown("usi").toStringList(), QStringList());
        QVERIFY(!m_form->dirty());
        QCOMPARE(features(), 0);
        QVERIFY(!m_form->openNew("nessuno", square(), std::nullopt, QDateTime()));
    }

    void anUnconvertibleValueStaysOnScreenAndBlocksSaving()
    {
        QVERIFY(openSite());
        QSignalSpy saved(m_form.get(), &FormController::saved);
        set("piani", "tre");
        QCOMPARE(shown("piani").toString(), QStringLiteral("tre"));
        QVERIFY2(error("piani").contains("piani"), qPrintable(error("piani")));
        QVERIFY(error("piani").contains("tre"));
        QVERIFY(m_form->hasErrors());
        QVERIFY(m_form->dirty());
        QVERIFY(!m_form->save());
        QVERIFY2(m_form->message().contains("piani"), qPrintable(m_form->message()));
        QVERIFY(!m_form->saveDraft());
        QCOMPARE(features(), 0);
        QCOMPARE(outbox(), 0);
        QCOMPARE(saved.count(), 0);

        set("piani", "3");
        QCOMPARE(error("piani"), QString());
        QVERIFY(!m_form->hasErrors());
        QVERIFY2(m_form->save(), qPrintable(m_form->message()));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(read(m_form->featureUuid()).attributes["piani"].toLongLong(), 3);
    }

    void aValueBreakingAConstraintBlocksSaveAndDraft_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("says");
        QTest::newRow("above max") << "piani" << QVariant("9") << "5";
        QTest::newRow("below min") << "superficie" << QVariant("-2,5") << "0";
        QTest::newRow("pattern") << "codice" << QVariant("abc") << "AT-12";
        QTest::newRow("too long") << "nome" << QVariant(QString(25, 'x')) << "20";
        QTest::newRow("not a choice") << "comune" << QVariant("Parigi") << "Parigi";
        QTest::newRow("too many photos")
            << "foto" << QVariant(QStringList{QString(64, 'a'), QString(64, 'b'), QString(64, 'c')}) << "2";
    }

    void aValueBreakingAConstraintBlocksSaveAndDraft()
    {
        QFETCH(QString, field);
        QFETCH(QVariant, value);
        QFETCH(QString, says);
        QVERIFY(openSite());
        set(field, value);
        QVERIFY2(error(field).contains(field), qPrintable(error(field)));
        QVERIFY2(error(field).contains(says), qPrintable(error(field)));
        QVERIFY(m_form->hasErrors());
        QVERIFY(!m_form->save());
        QVERIFY2(m_form->message().contains(field), qPrintable(m_form->message()));
        QVERIFY(!m_form->saveDraft());
        QVERIFY(m_form->isNew());
        QCOMPARE(features(), 0);
        QCOMPARE(outbox(), 0);
    }

    void missingRequiredValuesAllowOnlyADraft()
    {
        QVERIFY(m_form->openNew("siti", square(), std::nullopt, QDateTime()));
        set("nome", "Bozza");
        QVERIFY(missing("comune"));
        QCOMPARE(error("comune"), QString());
        QVERIFY(!m_form->hasErrors());
        QVERIFY(!m_form->complete());
        QVERIFY(!m_form->save());
        QVERIFY2(m_form->message().contains("comune"), qPrintable(m_form->message()));
        QCOMPARE(features(), 0);

        QVERIFY2(m_form->saveDraft(), qPrintable(m_form->message()));
        const QString uuid = m_form->featureUuid();
        QCOMPARE(uuid.size(), 36);
        QCOMPARE(column("draft", uuid).toLongLong(), 1);
        QCOMPARE(column("nome", uuid).toString(), QStringLiteral("Bozza"));
        QVERIFY(column("comune", uuid).isNull());
        QVERIFY(m_form->wasDraft());
        QVERIFY(!m_form->isNew());
        QCOMPARE(outbox(), 1);

        // Completing the draft later.
        QVERIFY(m_form->openFeature("siti", uuid));
        QVERIFY(m_form->wasDraft());
        set("comune", "Rho");
        QVERIFY2(m_form->save(), qPrintable(m_form->message()));
        QCOMPARE(column("draft", uuid).toLongLong(), 0);
        QCOMPARE(features(), 1);
    }

    void aListAlreadyShowingTheFormSeesTheValuesOfTheNextOne()
    {
        // A list view showing the form builds its rows when the model resets; values that arrive later without a
        // change signal would leave it showing empty fields (or the previous feature's).
        QVERIFY(openSite());
        set("piani", 4);
        QVERIFY2(m_form->save(), qPrintable(m_form->message()));
        const QString uuid = m_form->featureUuid();

        QHash<QString, QVariant> atReset;
        const auto connection = connect(model(), &QAbstractItemModel::modelReset, this, [&] {
            for (int i = 0; i < model()->rowCount(); ++i)
                atReset.insert(model()->data(model()->index(i), FormFieldModel::NameRole).toString(),
                               model()->data(model()->index(i), FormFieldModel::ValueRole));
        });
        QVERIFY(m_form->openFeature("siti", uuid));
        QCOMPARE(atReset.value("nome").toString(), QStringLiteral("Ex Falck"));
        QCOMPARE(atReset.value("comune").toString(), QStringLiteral("Sesto San Giovanni"));
        QCOMPARE(atReset.value("piani").toString(), QStringLiteral("4"));

        // The same for a new feature's defaults ("visita" defaults to today).
        atReset.clear();
        QVERIFY(m_form->openNew("siti", square(), std::nullopt, QDateTime()));
        QCOMPARE(atReset.value("visita"), shown("visita"));
        QVERIFY(!atReset.value("visita").toString().isEmpty());
        disconnect(connection);
    }

    void aConditionalFieldAppearsAndIsRequiredOnlyWhenItsConditionHolds()
    {
        QVERIFY(openSite());
        QVERIFY(!visible("note_bonifica"));
        QVERIFY(!missing("note_bonifica"));
        QVERIFY(m_form->complete());

        QSignalSpy changed(model(), &QAbstractItemModel::dataChanged);
        set("contaminato", true);
        QVERIFY(visible("note_bonifica"));
        bool announced = false;
        for (const auto &args : changed) {
            const int first = args[0].toModelIndex().row(), last = args[1].toModelIndex().row();
            const auto roles = args[2].value<QVector<int>>();
            announced |= first <= row("note_bonifica") && row("note_bonifica") <= last &&
                         roles.contains(FormFieldModel::VisibleRole);
        }
        QVERIFY(announced); // the form shows the field without being reloaded
        QVERIFY(missing("note_bonifica"));
        QVERIFY(!m_form->complete());
        QVERIFY(!m_form->save());
        QVERIFY(m_form->message().contains("note_bonifica"));
        QCOMPARE(features(), 0);

        set("note_bonifica", "Amianto nelle coperture");
        QVERIFY2(m_form->save(), qPrintable(m_form->message()));
        QCOMPARE(column("note_bonifica", m_form->featureUuid()).toString(), QStringLiteral("Amianto nelle coperture"));

        set("contaminato", false);
        QVERIFY(!visible("note_bonifica"));
        QVERIFY(m_form->complete());
    }

    void aHiddenFieldsValueIsClearedOnSave()
    {
        QVERIFY(openSite());
        set("contaminato", true);
        set("note_bonifica", "Da verificare");
        set("contaminato", false); // changed their mind: the note no longer applies
        QVERIFY(!visible("note_bonifica"));
        QVERIFY(m_form->values().value("note_bonifica").isNull());
        QVERIFY2(m_form->save(), qPrintable(m_form->message()));
        const QString uuid = m_form->featureUuid();
        QVERIFY(column("note_bonifica", uuid).isNull());
        QVERIFY(!Outbox::forFeature(m_project->db(), "siti", uuid)[0].changes.contains("note_bonifica"));

        // Editing a stored feature: hiding the field clears the stored note too, and the journal says so.
        set("contaminato", true);
        set("note_bonifica", "Amianto");
        QVERIFY(m_form->save());
        QCOMPARE(column("note_bonifica", uuid).toString(), QStringLiteral("Amianto"));
        QVERIFY(m_form->openFeature("siti", uuid));
        set("contaminato", false);
        QVERIFY(m_form->save());
        QVERIFY(column("note_bonifica", uuid).isNull());
        const OutboxEntry last = Outbox::forFeature(m_project->db(), "siti", uuid).back();
        QCOMPARE(last.changes.oldValue("note_bonifica").toString(), QStringLiteral("Amianto"));
        QVERIFY(last.changes.newValue("note_bonifica").isNull());
    }

    void rememberedFieldsPrefillTheNextNewFeature()
    {
        QVERIFY(m_form->openNew("siti", square(), std::nullopt, QDateTime()));
        QCOMPARE(shown("comune").toString(), QString());
        set("nome", "Primo");
        set("comune", "Rho");
        QVERIFY(m_form->save());

        QVERIFY(m_form->openNew("siti", square(9.3, 45.4), std::nullopt, QDateTime()));
        QCOMPARE(shown("comune").toString(), QStringLiteral("Rho"));
        QCOMPARE(m_form->values().value("comune").toString(), QStringLiteral("Rho"));
        QCOMPARE(shown("nome").toString(), QString()); // only fields marked "remember"
        QVERIFY(!missing("comune"));

        // A value that was never saved is not remembered.
        set("comune", "Milano");
        QVERIFY(!m_form->save()); // nome is missing
        m_form->close();
        QVERIFY(m_form->openNew("siti", square(9.3, 45.4), std::nullopt, QDateTime()));
        QCOMPARE(shown("comune").toString(), QStringLiteral("Rho"));

        // Remembered per project: another project does not see it.
        QTemporaryDir other;
        auto otherDef = territori::testing::smallDefinition();
        otherDef["id"] = "altro";
        auto otherProject = Project::create(other.path(), otherDef);
        EditGateway otherGw(*otherProject, EditContext{"Giulia Rossi", "tablet-07"});
        FormController otherForm(otherProject.get(), &otherGw);
        QVERIFY(otherForm.openNew("siti", square(), std::nullopt, QDateTime()));
        QCOMPARE(otherForm.fields()->data(otherForm.fields()->index(row("comune")), FormFieldModel::ValueRole).toString(),
                 QString());
    }

    void anExistingFeatureOpensWithItsValues()
    {
        NewFeature nf;
        nf.geometry = square();
        nf.attributes = {{"nome", "Ex Falck"},    {"comune", "Sesto San Giovanni"}, {"superficie", 12.5},
                         {"piani", 2},            {"contaminato", true},            {"note_bonifica", "Amianto"},
                         {"visita", QDate(2026, 5, 4)}, {"usi", QStringList{"a", "c"}}};
        const EditResult ins = m_gw->insert("siti", nf);
        QVERIFY2(ins.ok, qPrintable(ins.message));

        QVERIFY(m_form->openFeature("siti", ins.uuid));
        QVERIFY(!m_form->isNew());
        QCOMPARE(m_form->featureUuid(), ins.uuid);
        QCOMPARE(shown("nome").toString(), QStringLiteral("Ex Falck"));
        QCOMPARE(shown("comune").toString(), QStringLiteral("Sesto San Giovanni"));
        QCOMPARE(shown("superficie").toString(), QStringLiteral("12.5"));
        QCOMPARE(shown("piani").toString(), QStringLiteral("2"));
        QCOMPARE(shown("contaminato").toBool(), true);
        QVERIFY(visible("note_bonifica"));
        QCOMPARE(shown("note_bonifica").toString(), QStringLiteral("Amianto"));
        QCOMPARE(shown("visita").toString(), QStringLiteral("2026-05-04"));
        QCOMPARE(shown("usi").toStringList(), QStringList({"a", "c"}));
        QCOMPARE(shown("codice").toString(), QString());
        QCOMPARE(m_form->values().value("superficie").toDouble(), 12.5);
        QVERIFY(!m_form->dirty());
        QVERIFY(!m_form->hasErrors());
        QVERIFY(m_form->complete());

        QVERIFY(!m_form->openFeature("siti", "00000000-0000-4000-8000-000000000000"));
        QVERIFY(!m_form->message().isEmpty());
    }

    void savingAnEditJournalsOnlyTheChangedFields()
    {
        NewFeature nf;
        nf.geometry = square();
        nf.attributes = {{"nome", "Ex Falck"}, {"comune", "Sesto San Giovanni"}, {"piani", 2}, {"usi", QStringList{"a"}}};
        const EditResult ins = m_gw->insert("siti", nf);
        QVERIFY(m_form->openFeature("siti", ins.uuid));
        QSignalSpy saved(m_form.get(), &FormController::saved);
        set("nome", "Ex Falck (Unione)");
        set("piani", "2"); // typed again, same value
        set("usi", QStringList{"a", "b"});
        QVERIFY(m_form->dirty());
        QVERIFY2(m_form->save(), qPrintable(m_form->message()));
        QVERIFY(!m_form->dirty());
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved[0][0].toString(), ins.uuid);
        QCOMPARE(features(), 1);

        const auto entries = Outbox::forFeature(m_project->db(), "siti", ins.uuid);
        QCOMPARE(int(entries.size()), 2);
        const OutboxEntry &e = entries[1];
        QCOMPARE(e.kind, OutboxEntry::Kind::Update);
        QCOMPARE(e.changes.fields(), QStringList({"nome", "usi"}));
        QCOMPARE(e.changes.oldValue("nome").toString(), QStringLiteral("Ex Falck"));
        QCOMPARE(e.changes.newValue("nome").toString(), QStringLiteral("Ex Falck (Unione)"));
        QVERIFY(e.geomNew.isNull());
        QCOMPARE(read(ins.uuid).attributes["nome"].toString(), QStringLiteral("Ex Falck (Unione)"));

        // Saving again without changes journals nothing.
        QVERIFY(m_form->save());
        QCOMPARE(outbox(), 2);
    }

    void aNewFeatureKeepsItsGpsAccuracy()
    {
        const QDateTime fixTime(QDate(2026, 10, 14), QTime(8, 30), Qt::UTC);
        QVERIFY(m_form->openNew("siti", square(), 3.5, fixTime));
        set("nome", "Cascina");
        set("comune", "Milano");
        QVERIFY(m_form->save());
        const Feature f = read(m_form->featureUuid());
        QCOMPARE(*f.meta.gpsAccuracy, 3.5);
        QCOMPARE(f.meta.gpsFixTime, fixTime);
        QCOMPARE(f.geometry, square());
    }

    void removingAFeatureDeletesIt()
    {
        QVERIFY(openSite());
        QVERIFY(!m_form->removeFeature()); // nothing stored yet
        QVERIFY(m_form->save());
        const QString uuid = m_form->featureUuid();
        QSignalSpy removed(m_form.get(), &FormController::removed);
        QVERIFY(m_form->removeFeature());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed[0][0].toString(), uuid);
        QCOMPARE(features(), 0);
        QVERIFY(!m_form->isOpen());
        QCOMPARE(Outbox::forFeature(m_project->db(), "siti", uuid).back().kind, OutboxEntry::Kind::Delete);
    }

    void aLayerWithAnUnknownFieldTypeCannotBeEdited()
    {
        Statement get = m_project->db().prepare("SELECT definition FROM territori_layers WHERE table_name = 'siti'");
        QVERIFY(get.step());
        QJsonObject def = QJsonDocument::fromJson(get.text(0).toUtf8()).object();
        QJsonArray fields = def["fields"].toArray();
        fields.append(QJsonObject{{"name", "codice_a_barre"}, {"type", "barcode"}});
        def["fields"] = fields;
        Statement put = m_project->db().prepare("UPDATE territori_layers SET definition = ? WHERE table_name = 'siti'");
        put.bind(1, QString::fromUtf8(QJsonDocument(def).toJson(QJsonDocument::Compact)));
        put.run();
        closeProject();
        m_project = Project::open(m_tmp->path());
        openProject();

        QVERIFY(openSite());
        const QString why = m_form->definitionError();
        QVERIFY2(why.contains("codice_a_barre"), qPrintable(why));
        QVERIFY(why.contains("barcode"));
        QVERIFY(!m_form->hasErrors());
        QVERIFY(m_form->complete());
        QVERIFY(!m_form->save());
        QCOMPARE(m_form->message(), why);
        QVERIFY(!m_form->saveDraft());
        QCOMPARE(features(), 0);
        QCOMPARE(outbox(), 0);

        // The other layer's form is fine.
        QVERIFY(m_form->openNew("punti", Geometry::point({9.2, 45.5}), std::nullopt, QDateTime()));
        QCOMPARE(m_form->definitionError(), QString());
        QVERIFY(m_form->save());
    }

    void aPhotoIsStoredAndAttached()
    {
        const QString photo = writePhoto("IMG_2041.png", 0);
        QVERIFY(!photo.isEmpty());
        const QString sha = sha256(photo);
        QVERIFY(openSite());
        QSignalSpy state(m_form.get(), &FormController::stateChanged);
        m_form->addPhoto(row("foto"), QUrl::fromLocalFile(photo));
        QCOMPARE(m_form->pendingPhotos(), 1);
        QVERIFY(!m_form->save()); // not before the photo is stored
        QVERIFY(!m_form->message().isEmpty());
        QCOMPARE(features(), 0);

        QTRY_COMPARE_WITH_TIMEOUT(m_form->pendingPhotos(), 0, 10000);
        QVERIFY(state.count() >= 2);
        const QString stored = QDir(m_project->attachmentsDirectory()).filePath(sha + ".png");
        const QString thumb = QDir(m_project->thumbnailsDirectory()).filePath(sha + ".jpg");
        QVERIFY(QFileInfo::exists(stored));
        QCOMPARE(sha256(stored), sha);
        QVERIFY(!QImage(thumb).isNull());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM territori_attachments WHERE sha256 = '%1' AND size = %2 "
                                      "AND original_name = 'IMG_2041.png'")
                           .arg(sha)
                           .arg(QFileInfo(photo).size())),
                 1);
        QCOMPARE(shown("foto").toStringList(), QStringList{sha});
        QCOMPARE(data("foto", FormFieldModel::PhotoUrlsRole).toList().value(0).toUrl(), QUrl::fromLocalFile(thumb));

        // The same photo again is neither stored nor listed twice.
        m_form->addPhoto(row("foto"), QUrl::fromLocalFile(photo));
        QTRY_COMPARE_WITH_TIMEOUT(m_form->pendingPhotos(), 0, 10000);
        QCOMPARE(shown("foto").toStringList(), QStringList{sha});
        QCOMPARE(attachmentRows(), 1);
        QCOMPARE(storedFiles().size(), 2);

        QVERIFY2(m_form->save(), qPrintable(m_form->message()));
        const QString uuid = m_form->featureUuid();
        QCOMPARE(read(uuid).attributes["foto"].toStringList(), QStringList{sha});
        // The sync uploads it before the feature: the new feature's row names it.
        QCOMPARE(m_gw->pendingChanges(10).at(0).attachments, QStringList{sha});

        // Removing the photo from the feature keeps the file for the sync.
        m_form->removePhoto(row("foto"), sha);
        QCOMPARE(shown("foto").toStringList(), QStringList());
        QVERIFY(m_form->save());
        QVERIFY(!read(uuid).attributes.contains("foto"));
        QVERIFY(QFileInfo::exists(stored));
    }

    void aDamagedPhotoIsReportedByNameAndChangesNothing()
    {
        const QString path = QDir(inbox()).filePath("IMG_2042.jpg");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QRandomGenerator rng(2042);
            QByteArray junk(64 * 1024, Qt::Uninitialized);
            for (char &c : junk)
                c = char(rng.bounded(256));
            junk[0] = 'x'; // make sure it does not start like any image format
            f.write(junk);
        }
        QVERIFY(openSite());
        QSignalSpy messages(m_form.get(), &FormController::messageChanged);
        m_form->addPhoto(row("foto"), QUrl::fromLocalFile(path));
        QTRY_COMPARE_WITH_TIMEOUT(m_form->pendingPhotos(), 0, 10000);
        QVERIFY(messages.count() >= 1);
        QVERIFY2(m_form->message().contains("IMG_2042.jpg"), qPrintable(m_form->message()));
        QCOMPARE(shown("foto").toStringList(), QStringList());
        QCOMPARE(attachmentRows(), 0);
        QVERIFY(storedFiles().isEmpty());
        QCOMPARE(features(), 0);
        QCOMPARE(outbox(), 0);
        // The form can still be saved without it.
        QVERIFY(m_form->save());
        QVERIFY(!read(m_form->featureUuid()).attributes.contains("foto"));
    }

    void aPhotoStillImportingWhenTheFormIsClosedIsNotMiscounted()
    {
        const QString first = writePhoto("IMG_2043.png", 1);
        const QString second = writePhoto("IMG_2044.png", 2);
        QVERIFY(openSite());
        m_form->addPhoto(row("foto"), QUrl::fromLocalFile(first));
        m_form->close(); // before the import reported back (that needs the event loop)
        QVERIFY(openSite());
        // The first photo is kept in the project even though its form went away.
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("SELECT count(*) FROM territori_attachments WHERE sha256 = '%1'")
                                            .arg(sha256(first))),
                                  1, 10000);
        QTRY_COMPARE(m_form->pendingPhotos(), 0);
        QTest::qWait(50);
        QCOMPARE(m_form->pendingPhotos(), 0);
        // ...but it is not attached to the form opened after: that is another feature.
        QVERIFY(!shown("foto").toStringList().contains(sha256(first)));
        QVERIFY2(m_form->message().contains("IMG_2043.png"), qPrintable(m_form->message()));

        // A photo added now still holds the save back until it is stored.
        m_form->addPhoto(row("foto"), QUrl::fromLocalFile(second));
        QCOMPARE(m_form->pendingPhotos(), 1);
        QVERIFY(!m_form->save());
        QTRY_COMPARE_WITH_TIMEOUT(m_form->pendingPhotos(), 0, 10000);
        QVERIFY2(m_form->save(), qPrintable(m_form->message()));
        QCOMPARE(read(m_form->featureUuid()).attributes["foto"].toStringList(), QStringList{sha256(second)});
    }
};

QTEST_MAIN(TestFormController)
#include "tst_formcontroller.moc"

#include "photostore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QtTest>

#include <unistd.h>

using namespace territori;
using namespace territori::core;

class TestPhotoStore : public QObject
{
    Q_OBJECT

    QTemporaryDir *m_tmp = nullptr;
    QString m_project; // the project folder
    QString m_inbox;   // where the "camera" puts its files

    // A picture with some detail, so JPEG compression has something to do and two sizes give two different files.
    static QImage picture(int w, int h, int seed = 0)
    {
        QImage img(w, h, QImage::Format_RGB32);
        img.fill(QColor(40 + seed, 120, 60));
        QPainter p(&img);
        for (int i = 0; i < 20; ++i) {
            p.setPen(QPen(QColor((i * 37 + seed) % 256, (i * 91) % 256, (i * 13) % 256), 3));
            p.drawLine(i * w / 20, 0, w - i * w / 20, h);
        }
        p.end();
        return img;
    }

    QString writeImage(const QString &name, const QImage &img, const char *format)
    {
        const QString path = QDir(m_inbox).filePath(name);
        if (!img.save(path, format))
            return QString();
        return path;
    }

    QString writeBytes(const QString &name, const QByteArray &bytes)
    {
        const QString path = QDir(m_inbox).filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return QString();
        return path;
    }

    static QByteArray fileBytes(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QString sha256(const QString &path)
    {
        return QString::fromLatin1(QCryptographicHash::hash(fileBytes(path), QCryptographicHash::Sha256).toHex());
    }

    QString attachments() const { return QDir(m_project).filePath("attachments"); }

    // Every file under attachments/, thumbnails included, relative to it.
    QStringList storedFiles() const
    {
        QStringList out;
        QDirIterator it(attachments(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext())
            out << QDir(attachments()).relativeFilePath(it.next());
        out.sort();
        return out;
    }

    PhotoInfo import(const QString &path, Job::Error *error, QString *message)
    {
        *error = Job::Error::None;
        return PhotoImportJob::importFile(m_project, path, error, message);
    }

private slots:
    void init()
    {
        m_tmp = new QTemporaryDir;
        m_project = QDir(m_tmp->path()).filePath("progetto");
        m_inbox = QDir(m_tmp->path()).filePath("DCIM");
        QDir().mkpath(m_project);
        QDir().mkpath(m_inbox);
    }

    void cleanup() { delete m_tmp; }

    void thePhotoIsStoredUnderItsHashWithAThumbnail()
    {
        const QString src = writeImage("IMG_0001.png", picture(1200, 800), "PNG");
        QVERIFY(!src.isEmpty());
        Job::Error error;
        QString message;
        const PhotoInfo info = import(src, &error, &message);
        QCOMPARE(error, Job::Error::None);
        QVERIFY2(message.isEmpty(), qPrintable(message));
        QCOMPARE(info.sha256, sha256(src));
        QCOMPARE(info.size, QFileInfo(src).size());
        QCOMPARE(info.mime, QStringLiteral("image/png"));
        QCOMPARE(info.originalName, QStringLiteral("IMG_0001.png"));

        const QString stored = PhotoStore::photoPath(m_project, info.sha256);
        QCOMPARE(stored, QDir(attachments()).filePath(info.sha256 + ".png"));
        QCOMPARE(fileBytes(stored), fileBytes(src)); // byte for byte: the hash the sync verifies
        const QImage thumb(PhotoStore::thumbnailPath(m_project, info.sha256), "JPEG");
        QVERIFY(!thumb.isNull());
        QCOMPARE(thumb.width(), PhotoStore::kThumbnailSize);
        QCOMPARE(thumb.height(), PhotoStore::kThumbnailSize * 800 / 1200);
        QCOMPARE(storedFiles(), QStringList({info.sha256 + ".png", "thumbnails/" + info.sha256 + ".jpg"}));
    }

    void theSamePhotoTwiceIsStoredOnce()
    {
        const QString src = writeImage("IMG_0002.jpg", picture(640, 480), "JPEG");
        QVERIFY(QFile::copy(src, QDir(m_inbox).filePath("copia.jpg")));
        Job::Error e1, e2, e3;
        QString m1, m2, m3;
        const PhotoInfo first = import(src, &e1, &m1);
        const QDateTime storedAt = QFileInfo(PhotoStore::photoPath(m_project, first.sha256)).lastModified();
        const PhotoInfo again = import(src, &e2, &m2);
        const PhotoInfo copy = import(QDir(m_inbox).filePath("copia.jpg"), &e3, &m3);
        QCOMPARE(e1, Job::Error::None);
        QCOMPARE(e2, Job::Error::None);
        QCOMPARE(e3, Job::Error::None);
        QCOMPARE(again.sha256, first.sha256);
        QCOMPARE(copy.sha256, first.sha256);
        QCOMPARE(copy.originalName, QStringLiteral("copia.jpg"));
        QCOMPARE(storedFiles().size(), 2); // one photo, one thumbnail
        QCOMPARE(QFileInfo(PhotoStore::photoPath(m_project, first.sha256)).lastModified(), storedAt);

        // A different photo is a different file.
        const PhotoInfo other = import(writeImage("IMG_0003.jpg", picture(640, 480, 9), "JPEG"), &e1, &m1);
        QCOMPARE(e1, Job::Error::None);
        QVERIFY(other.sha256 != first.sha256);
        QCOMPARE(storedFiles().size(), 4);
    }

    void aJpegWithoutExifIsAccepted()
    {
        const QString src = writeImage("scansione.jpg", picture(300, 900), "JPEG");
        const QByteArray bytes = fileBytes(src);
        QVERIFY(bytes.startsWith("\xFF\xD8"));
        QVERIFY(!bytes.contains("Exif"));
        Job::Error error;
        QString message;
        const PhotoInfo info = import(src, &error, &message);
        QCOMPARE(error, Job::Error::None);
        QCOMPARE(info.mime, QStringLiteral("image/jpeg"));
        QCOMPARE(PhotoStore::photoPath(m_project, info.sha256), QDir(attachments()).filePath(info.sha256 + ".jpg"));
        const QImage thumb(PhotoStore::thumbnailPath(m_project, info.sha256));
        QCOMPARE(thumb.size(), QSize(PhotoStore::kThumbnailSize * 300 / 900, PhotoStore::kThumbnailSize));
    }

    void jpegsAsCamerasWriteThemAreAcceptedWholeAndRefusedCutOff_data()
    {
        QTest::addColumn<int>("which");
        QTest::newRow("EXIF block with its own thumbnail") << 0;
        QTest::newRow("data after the end marker") << 1;
        QTest::newRow("progressive scans") << 2;
    }

    void jpegsAsCamerasWriteThemAreAcceptedWholeAndRefusedCutOff()
    {
        QFETCH(int, which);
        QByteArray main;
        {
            QBuffer buf(&main);
            buf.open(QIODevice::WriteOnly);
            QImageWriter w(&buf, "JPEG");
            w.setProgressiveScanWrite(which == 2);
            QVERIFY(w.write(picture(640, 480, 3)));
        }
        QByteArray bytes = main;
        if (which == 0) {
            // An APP1 segment carrying a complete small JPEG (end marker included) right after the start marker.
            QByteArray thumb;
            QBuffer tb(&thumb);
            tb.open(QIODevice::WriteOnly);
            QVERIFY(picture(80, 60).save(&tb, "JPEG"));
            const QByteArray payload = QByteArray("Exif\0\0", 6) + thumb;
            QByteArray app1("\xFF\xE1");
            app1.append(char((payload.size() + 2) >> 8)).append(char((payload.size() + 2) & 0xFF)).append(payload);
            bytes = main.left(2) + app1 + main.mid(2);
        } else if (which == 1) {
            bytes += QByteArray("SEFH") + QByteArray(3000, '\x11'); // a vendor trailer
        }
        Job::Error error;
        QString message;
        const PhotoInfo whole = import(writeBytes("intera.jpg", bytes), &error, &message);
        QCOMPARE(error, Job::Error::None);
        QCOMPARE(whole.mime, QStringLiteral("image/jpeg"));

        // Cut where the photo's own data is (past any EXIF block): refused.
        const int cut = bytes.size() - main.size() / 3 - (which == 1 ? 3004 : 0);
        import(writeBytes("tagliata.jpg", bytes.left(cut)), &error, &message);
        QCOMPARE(error, Job::Error::InvalidInput);
        QVERIFY2(message.contains("tagliata.jpg"), qPrintable(message));
        QCOMPARE(storedFiles().size(), 2); // only the whole one and its thumbnail
    }

    void aSmallPhotoIsNotEnlargedBeyondTheThumbnailSize()
    {
        const QString src = writeImage("piccola.png", picture(64, 48), "PNG");
        Job::Error error;
        QString message;
        const PhotoInfo info = import(src, &error, &message);
        QCOMPARE(error, Job::Error::None);
        const QImage thumb(PhotoStore::thumbnailPath(m_project, info.sha256));
        QVERIFY(!thumb.isNull());
        QVERIFY(thumb.width() <= PhotoStore::kThumbnailSize && thumb.height() <= PhotoStore::kThumbnailSize);
        QCOMPARE(thumb.width() * 48, thumb.height() * 64);
    }

    void filesThatAreNotUsablePhotosAreRefused_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("name");
        QTest::newRow("text file") << 0 << "appunti.jpg";
        QTest::newRow("empty file") << 1 << "vuota.jpg";
        QTest::newRow("truncated JPEG") << 2 << "interrotta.jpg";
        QTest::newRow("larger than the limit") << 3 << "enorme.jpg";
        QTest::newRow("missing file") << 4 << "sparita.jpg";
    }

    void filesThatAreNotUsablePhotosAreRefused()
    {
        QFETCH(int, which);
        QFETCH(QString, name);
        QString path = QDir(m_inbox).filePath(name);
        switch (which) {
        case 0: path = writeBytes(name, "Sopralluogo del 14/10: cancello chiuso, tornare con le chiavi.\n"); break;
        case 1: path = writeBytes(name, QByteArray()); break;
        case 2: {
            const QString whole = writeImage("intera.jpg", picture(800, 600), "JPEG");
            const QByteArray bytes = fileBytes(whole);
            QVERIFY(bytes.size() > 10000);
            QFile::remove(whole);
            path = writeBytes(name, bytes.left(bytes.size() / 2));
            break;
        }
        case 3: {
            // A valid JPEG at the start, then a sparse tail: the size is refused before anything is read.
            path = writeImage(name, picture(64, 64), "JPEG");
            QFile f(path);
            QVERIFY(f.resize(PhotoStore::kMaxPhotoBytes + 1));
            QCOMPARE(QFileInfo(path).size(), PhotoStore::kMaxPhotoBytes + 1);
            break;
        }
        case 4: break;
        }
        QVERIFY(!path.isEmpty());
        Job::Error error;
        QString message;
        const PhotoInfo info = import(path, &error, &message);
        QCOMPARE(error, Job::Error::InvalidInput);
        QVERIFY2(message.contains(name), qPrintable(message));
        QVERIFY(info.sha256.isEmpty());
        QVERIFY2(storedFiles().isEmpty(), qPrintable(storedFiles().join(", ")));
    }

    // The store is opened by SQLite only: a descriptor of it closed elsewhere releases this process's locks on it.
    void theStoreIsNotAPhoto()
    {
        QFile store(QDir(m_project).filePath("project.gpkg")); // where the store would be: refused by its place
        QVERIFY(store.open(QIODevice::WriteOnly));
        store.close();
        QVERIFY(QFile::link(store.fileName(), QDir(m_inbox).filePath("IMG_0002.jpg")));
        for (const QString &path :
             {store.fileName(), QDir(m_project).filePath("project.gpkg-wal"), QDir(m_inbox).filePath("IMG_0002.jpg")}) {
            Job::Error error;
            QString message;
            const PhotoInfo info = import(path, &error, &message);
            QCOMPARE(error, Job::Error::InvalidInput);
            QVERIFY2(message.contains("is not a photo this app can read"), qPrintable(message));
            QVERIFY(info.sha256.isEmpty());
        }
    }

    void anUnwritableFolderIsReportedWithoutLeftovers_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::newRow("attachments") << "attachments";
        QTest::newRow("thumbnails") << "attachments/thumbnails";
    }

    void anUnwritableFolderIsReportedWithoutLeftovers()
    {
        QFETCH(QString, folder);
        const QString src = writeImage("IMG_0004.jpg", picture(400, 300), "JPEG");
        const QString locked = QDir(m_project).filePath(folder);
        QVERIFY(QDir().mkpath(QDir(m_project).filePath("attachments/thumbnails")));
        QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner)); // 0500
        auto unlock = qScopeGuard([&] {
            QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        });
        {
            QFile probe(QDir(locked).filePath("probe"));
            if (probe.open(QIODevice::WriteOnly)) {
                probe.close();
                probe.remove();
                QSKIP("Running with privileges that ignore folder permissions (root)");
            }
        }
        Job::Error error;
        QString message;
        const PhotoInfo info = import(src, &error, &message);
        QVERIFY2(error == Job::Error::Io || error == Job::Error::DiskFull, qPrintable(message));
        QVERIFY(!message.isEmpty());
        QVERIFY(info.sha256.isEmpty());
        unlock.dismiss();
        QVERIFY(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        // No temporary or half-written file is left: at most the complete photo, under its hash.
        const QRegularExpression complete(QStringLiteral("^[0-9a-f]{64}\\.jpg$"));
        for (const QString &f : storedFiles()) {
            QVERIFY2(complete.match(f).hasMatch(), qPrintable(f));
            QCOMPARE(fileBytes(QDir(attachments()).filePath(f)), fileBytes(src));
        }
        QVERIFY(!QFileInfo::exists(PhotoStore::thumbnailPath(m_project, sha256(src))));

        // Once the folder is writable again the same photo goes in.
        const PhotoInfo retry = import(src, &error, &message);
        QCOMPARE(error, Job::Error::None);
        QCOMPARE(retry.sha256, sha256(src));
        QVERIFY(QFileInfo::exists(PhotoStore::thumbnailPath(m_project, retry.sha256)));
        QCOMPARE(storedFiles().size(), 2);
    }

    void theJobReportsTheResultOnTheCallersThread()
    {
        const QString src = writeImage("IMG_0005.png", picture(200, 100), "PNG");
        PhotoImportJob job(m_project, src);
        QSignalSpy finished(&job, &Job::finished);
        QThread *const caller = QThread::currentThread();
        QThread *reportedOn = nullptr;
        connect(&job, &Job::finished, this, [&]() { reportedOn = QThread::currentThread(); });
        job.start();
        QVERIFY(job.isRunning());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(reportedOn, caller);
        QCOMPARE(job.error(), Job::Error::None);
        QCOMPARE(job.result().sha256, sha256(src));
        QCOMPARE(job.progress(), 1.0);

        PhotoImportJob bad(m_project, writeBytes("rotta.jpg", QByteArray(4096, '\x5a')));
        QSignalSpy badFinished(&bad, &Job::finished);
        bad.start();
        QVERIFY(badFinished.wait(10000));
        QCOMPARE(bad.error(), Job::Error::InvalidInput);
        QVERIFY(bad.errorString().contains("rotta.jpg"));
    }
};

QTEST_MAIN(TestPhotoStore)
#include "tst_photostore.moc"

#include "photostore.h"

#include "project.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QPointer>
#include <QSaveFile>
#include <QtConcurrent>

namespace territori::core {

namespace {

QString extensionFor(const QByteArray &format)
{
    if (format == "jpeg" || format == "jpg")
        return QStringLiteral("jpg");
    return QString::fromLatin1(format);
}

bool isDiskFull(const QFileDevice &f)
{
    // QFileDevice reports ENOSPC only as a generic write error; the message carries the system's wording.
    return f.error() == QFileDevice::WriteError || f.error() == QFileDevice::ResourceError;
}

// Whether a JPEG stream runs on to its end-of-image marker. libjpeg only warns about data that stops early and Qt
// then returns the image with the missing part filled in, so a photo cut off by an interrupted copy would otherwise be
// stored as if it were whole. Segments are skipped by their length (an EXIF thumbnail's own end marker is not taken for
// the photo's) and scans up to the next marker, so data after the end marker (maker notes) does not matter.
bool jpegIsComplete(const QByteArray &data)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const int n = data.size();
    if (n < 4 || p[0] != 0xFF || p[1] != 0xD8)
        return false;
    int i = 2;
    while (i + 1 < n) {
        const unsigned char m = p[i + 1];
        if (p[i] != 0xFF || m == 0xFF) { // stray bytes or fill before a marker, as libjpeg tolerates them
            ++i;
            continue;
        }
        if (m == 0xD9)
            return true;
        if (m == 0x01 || (m >= 0xD0 && m <= 0xD8)) { // markers without a length
            i += 2;
            continue;
        }
        if (i + 3 >= n)
            return false;
        const int length = (p[i + 2] << 8) | p[i + 3];
        if (length < 2)
            return false;
        i += 2 + length;
        if (m == 0xDA) { // start of scan: entropy-coded data until a marker other than 00 stuffing or a restart
            while (i + 1 < n && !(p[i] == 0xFF && p[i + 1] != 0x00 && (p[i + 1] < 0xD0 || p[i + 1] > 0xD7)))
                ++i;
        }
    }
    return false;
}

} // namespace

QString PhotoStore::photoPath(const QString &dir, const QString &sha256)
{
    const QDir d(QDir(dir).filePath(QStringLiteral("attachments")));
    for (const char *ext : {"jpg", "png", "webp", "tiff", "bmp"}) {
        const QString p = d.filePath(sha256 + QLatin1Char('.') + QLatin1String(ext));
        if (QFileInfo::exists(p))
            return p;
    }
    return QString();
}

QString PhotoStore::thumbnailPath(const QString &dir, const QString &sha256)
{
    return QDir(dir).filePath(QStringLiteral("attachments/thumbnails/%1.jpg").arg(sha256));
}

PhotoImportJob::PhotoImportJob(const QString &projectDirectory, const QString &sourcePath, QObject *parent)
    : Job(parent), m_directory(projectDirectory), m_source(sourcePath)
{
}

void PhotoImportJob::start()
{
    QPointer<PhotoImportJob> self(this);
    const QString dir = m_directory, src = m_source;
    auto *watcher = new QFutureWatcher<std::tuple<PhotoInfo, Error, QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        const auto [info, error, message] = watcher->result();
        watcher->deleteLater();
        m_result = info;
        setProgress(1);
        finish(cancelRequested() && error == Error::None ? Error::Cancelled : error, message);
    });
    watcher->setFuture(QtConcurrent::run([dir, src]() {
        Error error = Error::None;
        QString message;
        PhotoInfo info = importFile(dir, src, &error, &message);
        return std::make_tuple(info, error, message);
    }));
}

PhotoInfo PhotoImportJob::importFile(const QString &dir, const QString &sourcePath, Error *error, QString *message)
{
    PhotoInfo info;
    const QFileInfo fi(sourcePath);
    info.originalName = fi.fileName();
    auto fail = [&](Error e, const QString &m) {
        *error = e;
        *message = m;
        return PhotoInfo();
    };
    // Never the store: closing a descriptor of it opened outside SQLite releases this process's locks on it
    // (Project::isStoreFile).
    if (store::Project::isStoreFile(dir, sourcePath))
        return fail(Error::InvalidInput,
                    tr("%1 is not a photo this app can read (JPEG, PNG, WebP, TIFF).").arg(fi.fileName()));
    QFile in(sourcePath);
    if (!in.open(QIODevice::ReadOnly))
        return fail(Error::InvalidInput, tr("Cannot read the photo %1: %2").arg(fi.fileName(), in.errorString()));
    if (in.size() > PhotoStore::kMaxPhotoBytes)
        return fail(Error::InvalidInput, tr("The photo %1 is too large (%2 MB; at most %3 MB).")
                                             .arg(fi.fileName())
                                             .arg(in.size() / 1048576)
                                             .arg(PhotoStore::kMaxPhotoBytes / 1048576));
    const QByteArray bytes = in.readAll();
    QBuffer buffer(const_cast<QByteArray *>(&bytes));
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // honour the camera's EXIF orientation in the thumbnail
    const QByteArray format = reader.format();
    if (format.isEmpty() || !QStringList({"jpeg", "jpg", "png", "webp", "tiff", "bmp"}).contains(QString::fromLatin1(format)))
        return fail(Error::InvalidInput, tr("%1 is not a photo this app can read (JPEG, PNG, WebP, TIFF).")
                                             .arg(fi.fileName()));
    const QImage image = reader.read();
    if (image.isNull())
        return fail(Error::InvalidInput,
                    tr("The photo %1 is damaged and cannot be read: %2").arg(fi.fileName(), reader.errorString()));
    if ((format == "jpeg" || format == "jpg") && !jpegIsComplete(bytes))
        return fail(Error::InvalidInput,
                    tr("The photo %1 is damaged: the file is incomplete (cut off before its end).").arg(fi.fileName()));

    info.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    info.size = bytes.size();
    info.mime = QStringLiteral("image/") + (format == "jpg" ? QStringLiteral("jpeg") : QString::fromLatin1(format));

    const QString attachments = QDir(dir).filePath(QStringLiteral("attachments"));
    QDir().mkpath(attachments + QStringLiteral("/thumbnails"));
    const QString target = QDir(attachments).filePath(info.sha256 + QLatin1Char('.') + extensionFor(format));
    if (!QFileInfo::exists(target)) {
        // QSaveFile writes a temporary file and renames it on commit: a full disk or a kill leaves no half photo.
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
            return fail(isDiskFull(out) ? Error::DiskFull : Error::Io,
                        tr("The photo could not be stored in the project (%1). Free some space and try again.")
                            .arg(out.errorString()));
    }
    const QString thumb = PhotoStore::thumbnailPath(dir, info.sha256);
    if (!QFileInfo::exists(thumb)) {
        const QImage small = image.scaled(PhotoStore::kThumbnailSize, PhotoStore::kThumbnailSize,
                                          Qt::KeepAspectRatio, Qt::SmoothTransformation);
        QSaveFile out(thumb);
        if (!out.open(QIODevice::WriteOnly) || !small.save(&out, "JPEG", 80) || !out.commit())
            return fail(isDiskFull(out) ? Error::DiskFull : Error::Io,
                        tr("The photo's thumbnail could not be stored (%1).").arg(out.errorString()));
    }
    return info;
}

} // namespace territori::core

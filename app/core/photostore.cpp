#include "photostore.h"

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

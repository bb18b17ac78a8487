#include "packages.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace territori::sync {

namespace {

QString stamp(const QFileInfo &fi, const QString &sha256)
{
    return QStringLiteral("%1 %2 %3").arg(sha256).arg(fi.size()).arg(fi.lastModified().toMSecsSinceEpoch());
}

// Empty when the file cannot be read.
QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return QString();
    return QString::fromLatin1(hash.result().toHex());
}

void remember(const QString &path, const QString &sha256)
{
    QSaveFile out(path + QStringLiteral(".sha256"));
    if (out.open(QIODevice::WriteOnly)) {
        out.write(stamp(QFileInfo(path), sha256).toUtf8());
        out.commit();
    }
}

} // namespace

bool packageIsHere(const QString &path, const QString &sha256)
{
    const QFileInfo fi(path);
    if (!fi.isFile())
        return false;
    QFile note(path + QStringLiteral(".sha256"));
    if (note.open(QIODevice::ReadOnly) && QString::fromUtf8(note.readAll()).trimmed() == stamp(fi, sha256))
        return true;
    if (sha256Of(path) != sha256)
        return false;
    remember(path, sha256);
    return true;
}

CallResult fetchPackage(SitClient &client, const QString &name, const QString &sha256, qint64 size,
                        const QString &path, const std::function<void(qint64, qint64)> &progress)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString part = path + QStringLiteral(".part");
    // A .part longer than the package is not this package.
    if (size > 0 && QFileInfo(part).size() > size)
        QFile::remove(part);
    const CallResult r = client.downloadFile(name, part, size, progress);
    if (!r.ok())
        return r; // what arrived stays in .part for the next try
    if (sha256Of(part) != sha256) {
        QFile::remove(part);
        return CallResult::failure(Job::Error::Server,
                                   QCoreApplication::translate("Sync", "The basemap package %1 arrived damaged (it "
                                                                       "does not match its fingerprint); it is "
                                                                       "fetched again at the next sync.")
                                       .arg(name));
    }
    // rename(2) replaces an older package at once: a map that has it open keeps reading the old file.
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData()) != 0)
        return CallResult::failure(Job::Error::Io, QCoreApplication::translate("Sync", "Cannot move the basemap package into place: %1").arg(path));
    remember(path, sha256);
    return CallResult();
}

} // namespace territori::sync

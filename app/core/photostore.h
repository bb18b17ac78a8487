#pragma once

// Photos live in the project folder as attachments/<sha256>.<ext> with a thumbnail in attachments/thumbnails/,
// so a photo taken twice is stored once and the sync can upload and verify it by its hash. Importing runs off the
// UI thread and reports through a Job.

#include "job.h"

#include <QString>

namespace territori::store {
class Project;
class EditGateway;
} // namespace territori::store

namespace territori::core {

struct PhotoInfo
{
    QString sha256;
    QString mime;
    qint64 size = 0;
    QString originalName;
};

class PhotoImportJob : public Job
{
    Q_OBJECT
public:
    PhotoImportJob(const QString &projectDirectory, const QString &sourcePath, QObject *parent = nullptr);
    void start();
    PhotoInfo result() const { return m_result; }
    QString sourcePath() const { return m_source; }

    // The synchronous work, for the worker thread and for tests. Throws nothing; sets error and message.
    static PhotoInfo importFile(const QString &projectDirectory, const QString &sourcePath, Error *error,
                                QString *message);

private:
    QString m_directory;
    QString m_source;
    PhotoInfo m_result;
};

class PhotoStore
{
public:
    static QString photoPath(const QString &projectDirectory, const QString &sha256);
    static QString thumbnailPath(const QString &projectDirectory, const QString &sha256);
    static constexpr qint64 kMaxPhotoBytes = 64 * 1024 * 1024;
    static constexpr int kThumbnailSize = 320;
};

} // namespace territori::core
